package io.dynantic.local.expression.eval;

import static io.dynantic.local.Fixtures.b;
import static io.dynantic.local.Fixtures.bs;
import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.Fixtures.l;
import static io.dynantic.local.Fixtures.m;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.ns;
import static io.dynantic.local.Fixtures.s;
import static io.dynantic.local.Fixtures.ss;
import static io.dynantic.local.expression.Conditions.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.ValidationException;
import io.dynantic.local.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateApplierTest {
    private final Map<String, Value> item = item(
            "id", s("1"),
            "cnt", n("5"),
            "nm", s("x"),
            "tags", ss("a", "b"),
            "lst", l(s("p"), s("q"), s("r"), s("s")),
            "doc", m("core", m("v", n("1")), "its", l(n("1"))));

    private Map<String, Value> apply(String expression, Object... values) {
        return update(expression, Map.copyOf(item(values)), item);
    }

    @Test
    void setReplacesAndAddsAttributesAndLeavesTheInputAlone() {
        Map<String, Value> updated = apply("SET nm = :v, fresh = :w", ":v", s("y"), ":w", n("1"));
        assertThat(updated).containsEntry("nm", s("y")).containsEntry("fresh", n("1"));
        assertThat(item).containsEntry("nm", s("x")).doesNotContainKey("fresh");
    }

    @Test
    void setNestedPathsAndListElements() {
        Map<String, Value> updated =
                apply("SET doc.core.v = :v, doc.extra = :v, lst[1] = :w, lst[9] = :w", ":v", n("2"), ":w", s("z"));
        assertThat(updated.get("doc")).isEqualTo(m("core", m("v", n("2")), "its", l(n("1")), "extra", n("2")));
        assertThat(updated.get("lst")).isEqualTo(l(s("p"), s("z"), s("r"), s("s"), s("z")));
    }

    @Test
    void setBelowAMissingOrScalarAttributeIsInvalid() {
        assertThatThrownBy(() -> apply("SET nothing.x = :v", ":v", n("1")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The document path provided in the update expression is invalid for update");
        assertThatThrownBy(() -> apply("SET nm.x = :v", ":v", n("1")))
                .hasMessage("The document path provided in the update expression is invalid for update");
        assertThatThrownBy(() -> apply("SET doc.nothing.x = :v", ":v", n("1")))
                .hasMessage("The document path provided in the update expression is invalid for update");
        assertThatThrownBy(() -> apply("SET nm[0] = :v", ":v", n("1")))
                .hasMessage("The document path provided in the update expression is invalid for update");
        assertThatThrownBy(() -> apply("SET lst.x = :v", ":v", n("1")))
                .hasMessage("The document path provided in the update expression is invalid for update");
    }

    @Test
    void arithmeticOnNumbers() {
        assertThat(apply("SET cnt = cnt + :d", ":d", n("2.5"))).containsEntry("cnt", n("7.5"));
        assertThat(apply("SET cnt = :d - cnt", ":d", n("1"))).containsEntry("cnt", n("-4"));
        assertThat(apply("SET tally = doc.core.v + cnt")).containsEntry("tally", n("6"));
        assertThatThrownBy(() -> apply("SET cnt = nm + :d", ":d", n("1")))
                .hasMessage("An operand in the update expression has an incorrect data type");
        assertThatThrownBy(() -> apply("SET cnt = absent + :d", ":d", n("1")))
                .hasMessage("The provided expression refers to an attribute that does not exist in the item");
        assertThatThrownBy(() -> apply("SET cnt = :d + :d", ":d", n("9E125")))
                .hasMessage("Number overflow. Attempting to store a number with magnitude larger than supported range");
        assertThatThrownBy(() -> apply("SET cnt = cnt + :d", ":d", n("1E-40")))
                .hasMessage("Attempting to store more than 38 significant digits in a Number");
    }

    @Test
    void operandsAreReadFromTheItemBeforeTheUpdate() {
        Map<String, Value> updated = apply("SET cnt = :v, dup = cnt", ":v", n("100"));
        assertThat(updated).containsEntry("cnt", n("100")).containsEntry("dup", n("5"));
    }

    @Test
    void ifNotExistsAndListAppend() {
        assertThat(apply("SET cnt = if_not_exists(cnt, :z)", ":z", n("0"))).containsEntry("cnt", n("5"));
        assertThat(apply("SET fresh = if_not_exists(fresh, :z)", ":z", n("0"))).containsEntry("fresh", n("0"));
        assertThat(apply("SET lst = list_append(:front, lst)", ":front", l(s("o"))))
                .containsEntry("lst", l(s("o"), s("p"), s("q"), s("r"), s("s")));
        assertThat(apply("SET fresh = list_append(if_not_exists(fresh, :e), :v)", ":e", l(), ":v", l(n("1"))))
                .containsEntry("fresh", l(n("1")));
        assertThatThrownBy(() -> apply("SET lst = list_append(lst, :m)", ":m", m("k", n("1"))))
                .hasMessage("Invalid UpdateExpression: Incorrect operand type for operator or function; operator or"
                        + " function: list_append, operand type: M");
    }

    @Test
    void removeAttributesNestedKeysAndListElementsByTheirOldIndexes() {
        Map<String, Value> updated = apply("REMOVE nm, doc.core, lst[1], lst[3], absent, lst[10]");
        assertThat(updated).doesNotContainKey("nm").doesNotContainKey("absent");
        assertThat(updated.get("doc")).isEqualTo(m("its", l(n("1"))));
        assertThat(updated.get("lst")).isEqualTo(l(s("p"), s("r")));
    }

    @Test
    void severalListElementsAreAppendedInElementNumberOrder() {
        Map<String, Value> updated = update(
                "SET a[84] = :v1, a[37] = :v2, a[17] = :v3, a[50] = :v4",
                Map.of(":v1", s("v1"), ":v2", s("v2"), ":v3", s("v3"), ":v4", s("v4")),
                item("a", l(s("one"), s("two"), s("three"), s("hello"))));
        assertThat(updated.get("a"))
                .isEqualTo(l(s("one"), s("two"), s("three"), s("hello"), s("v3"), s("v2"), s("v4"), s("v1")));
    }

    @Test
    void removeThroughAMissingOrScalarParentIsInvalid() {
        for (String expression : List.of(
                "REMOVE nm.c",
                "REMOVE absent.c",
                "REMOVE nm[0]",
                "REMOVE absent[0]",
                "REMOVE lst.x",
                "REMOVE doc.nothing.x",
                "REMOVE lst[10].x")) {
            assertThatThrownBy(() -> apply(expression))
                    .as(expression)
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("The document path provided in the update expression is invalid for update");
        }
        assertThat(apply("REMOVE doc.nothing, doc.its[5], lst[10]")).isEqualTo(item);
    }

    @Test
    void addToNumbersAndSets() {
        assertThat(apply("ADD cnt :d", ":d", n("-5"))).containsEntry("cnt", n("0"));
        assertThat(apply("ADD fresh :d", ":d", n("3"))).containsEntry("fresh", n("3"));
        assertThat(apply("ADD tags :t", ":t", ss("b", "c"))).containsEntry("tags", ss("a", "b", "c"));
        assertThat(apply("ADD fresh :t", ":t", ns("1"))).containsEntry("fresh", ns("1"));
        assertThatThrownBy(() -> apply("ADD nm :d", ":d", n("1")))
                .hasMessage("An operand in the update expression has an incorrect data type");
        assertThatThrownBy(() -> apply("ADD tags :t", ":t", ns("1")))
                .hasMessage("An operand in the update expression has an incorrect data type");
    }

    @Test
    void deleteFromSetsRemovesTheAttributeWhenEmpty() {
        assertThat(apply("DELETE tags :t", ":t", ss("a", "z"))).containsEntry("tags", ss("b"));
        assertThat(apply("DELETE tags :t", ":t", ss("a", "b"))).doesNotContainKey("tags");
        assertThat(apply("DELETE fresh :t", ":t", ss("a"))).doesNotContainKey("fresh");
        assertThat(update("DELETE bin :t", Map.of(":t", bs(b(1))), item("bin", bs(b(1), b(2)))))
                .containsEntry("bin", bs(b(2)));
        assertThatThrownBy(() -> apply("DELETE nm :t", ":t", ss("x")))
                .hasMessage("An operand in the update expression has an incorrect data type");
    }
}
