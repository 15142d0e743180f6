package io.dynantic.local.value;

import static io.dynantic.local.Fixtures.b;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyOrderTest {
    private final KeyOrder order = KeyOrder.INSTANCE;

    @Test
    void numbersCompareByValue() {
        List<Value> numbers = new ArrayList<>(List.of(n("10"), n("9"), n("-1"), n("0.5"), n("1E2")));
        numbers.sort(order);
        assertThat(numbers).containsExactly(n("-1"), n("0.5"), n("9"), n("10"), n("100"));
        assertThat(order.compare(n("3.0"), n("3"))).isZero();
    }

    @Test
    void stringsCompareByUtf8BytesNotUtf16Units() {
        // U+FFFD is above the surrogate U+D83D in UTF-16, but below U+1F600 in UTF-8 (EF.. < F0..).
        assertThat(order.compare(s("\uFFFD"), s("\uD83D\uDE00"))).isNegative();
        assertThat(order.compare(s("B"), s("a"))).isNegative();
        assertThat(order.compare(s("ab"), s("abc"))).isNegative();
    }

    @Test
    void binaryComparesByUnsignedBytes() {
        assertThat(order.compare(b(0x01), b(0xFF))).isNegative();
        assertThat(order.compare(b(0x80), b(0x7F))).isPositive();
        assertThat(order.compare(b(1, 2), b(1, 2))).isZero();
    }

    @Test
    void onlySameScalarTypesAreComparable() {
        assertThat(KeyOrder.comparable(n("1"), s("1"))).isFalse();
        assertThat(KeyOrder.comparable(new Value.Bool(true), new Value.Bool(true)))
                .isFalse();
        assertThatThrownBy(() -> order.compare(n("1"), s("1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
