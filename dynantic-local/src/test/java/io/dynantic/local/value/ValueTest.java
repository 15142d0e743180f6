package io.dynantic.local.value;

import static io.dynantic.local.Fixtures.b;
import static io.dynantic.local.Fixtures.l;
import static io.dynantic.local.Fixtures.m;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.ns;
import static io.dynantic.local.Fixtures.s;
import static io.dynantic.local.Fixtures.ss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.ValidationException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueTest {

    @Test
    void eachValueNamesItsType() {
        assertThat(s("x").type()).isEqualTo(Type.S);
        assertThat(n("1").type()).isEqualTo(Type.N);
        assertThat(b(1).type()).isEqualTo(Type.B);
        assertThat(new Value.Bool(true).type()).isEqualTo(Type.BOOL);
        assertThat(new Value.Null().type()).isEqualTo(Type.NULL);
        assertThat(ss("a").type()).isEqualTo(Type.SS);
        assertThat(ns("1").type()).isEqualTo(Type.NS);
        assertThat(new Value.BS(Set.of(b(1))).type()).isEqualTo(Type.BS);
        assertThat(l().type()).isEqualTo(Type.L);
        assertThat(m().type()).isEqualTo(Type.M);
    }

    @Test
    void binaryIsCopiedAndComparedByContent() {
        byte[] bytes = {1, 2};
        Value.B value = new Value.B(bytes);
        bytes[0] = 9;
        value.value()[1] = 9;
        assertThat(value).isEqualTo(b(1, 2)).hasSameHashCodeAs(b(1, 2));
        assertThat(value.toString()).isEqualTo("B[0102]");
    }

    @Test
    void setsIgnoreOrderAndNumberScaleAndCannotBeEmpty() {
        assertThat(ns("1.0", "2")).isEqualTo(ns("2", "1"));
        assertThat(ns("1", "1.00").values()).containsExactly(BigDecimal.ONE);
        assertThatThrownBy(() -> new Value.SS(Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ns("1E200")).isInstanceOf(ValidationException.class);
    }

    @Test
    void numbersOutOfRangeCannotBeBuilt() {
        assertThatThrownBy(() -> new Value.N(new BigDecimal("1E200")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Number overflow. Attempting to store a number with magnitude larger than supported range");
    }

    @Test
    void collectionsAreCopiedAndUnmodifiable() {
        Map<String, Value> source = new HashMap<>(Map.of("k", s("v")));
        Value.M map = new Value.M(source);
        source.put("other", s("w"));
        assertThat(map.values()).containsOnlyKeys("k");
        assertThatThrownBy(() -> map.values().put("x", s("y"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(m("a", n("1"), "b", n("2"))).isEqualTo(m("b", n("2"), "a", n("1.0")));
        assertThat(l(n("1"), n("2"))).isNotEqualTo(l(n("2"), n("1")));
    }
}
