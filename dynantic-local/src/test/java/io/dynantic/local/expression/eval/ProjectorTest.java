package io.dynantic.local.expression.eval;

import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.Fixtures.l;
import static io.dynantic.local.Fixtures.m;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.s;
import static io.dynantic.local.expression.Conditions.project;
import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.local.value.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectorTest {
    private final Map<String, Value> item = item(
            "id", s("1"),
            "a", n("1"),
            "doc", m("x", n("1"), "y", m("z", n("2"), "w", n("3"))),
            "lst", l(s("p"), m("q", n("1"), "r", n("2")), s("s")));

    @Test
    void topLevelAttributes() {
        assertThat(project("id, a, absent", item)).isEqualTo(item("id", s("1"), "a", n("1")));
    }

    @Test
    void nestedMapKeysKeepOnlyWhatIsProjected() {
        assertThat(project("doc.y.z, doc.x", item)).isEqualTo(item("doc", m("y", m("z", n("2")), "x", n("1"))));
        assertThat(project("doc.nothing", item)).isEmpty();
    }

    @Test
    void listElementsAreCompactedInIndexOrder() {
        assertThat(project("lst[2], lst[0], lst[1].r, lst[7]", item))
                .isEqualTo(item("lst", l(s("p"), m("r", n("2")), s("s"))));
    }
}
