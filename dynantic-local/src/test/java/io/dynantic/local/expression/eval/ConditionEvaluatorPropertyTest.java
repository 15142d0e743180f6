package io.dynantic.local.expression.eval;

import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.expression.Conditions.test;
import static io.dynantic.local.expression.Conditions.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.ValidationException;
import io.dynantic.local.expression.Comparator;
import io.dynantic.local.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The condition evaluator and number arithmetic against a naive reference computed directly in Java. */
class ConditionEvaluatorPropertyTest {

    @Property
    void numberComparisonsMatchBigDecimal(
            @ForAll("numbers") BigDecimal stored, @ForAll("numbers") BigDecimal given, @ForAll Comparator op) {
        int order = stored.compareTo(given);
        assertThat(evaluate(op, new Value.N(stored), new Value.N(given))).isEqualTo(expected(op, order));
    }

    @Property
    void stringComparisonsMatchCodePointOrder(
            @ForAll("strings") String stored, @ForAll("strings") String given, @ForAll Comparator op) {
        // UTF-8 byte order is code point order, which a direct comparison of code points gives independently.
        int order = compareCodePoints(stored, given);
        assertThat(evaluate(op, new Value.S(stored), new Value.S(given))).isEqualTo(expected(op, order));
    }

    @Property
    void comparisonsAcrossTypesAreFalseExceptNotEqual(
            @ForAll("numbers") BigDecimal number, @ForAll("strings") String string, @ForAll Comparator op) {
        assertThat(evaluate(op, new Value.N(number), new Value.S(string))).isEqualTo(op == Comparator.NE);
    }

    @Property
    void betweenMatchesTwoComparisonsOrRefusesReversedBounds(
            @ForAll("numbers") BigDecimal stored,
            @ForAll("numbers") BigDecimal low,
            @ForAll("numbers") BigDecimal high) {
        Map<String, Value> values = Map.of(":lo", new Value.N(low), ":hi", new Value.N(high));
        Map<String, Value> item = item("x", new Value.N(stored));
        if (low.compareTo(high) > 0) {
            assertThatThrownBy(() -> test("x BETWEEN :lo AND :hi", values, item))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("The BETWEEN operator requires upper bound");
        } else {
            boolean expected = low.compareTo(stored) <= 0 && stored.compareTo(high) <= 0;
            assertThat(test("x BETWEEN :lo AND :hi", values, item)).isEqualTo(expected);
        }
    }

    @Property
    void addAndArithmeticMatchBigDecimal(@ForAll("numbers") BigDecimal stored, @ForAll("numbers") BigDecimal delta) {
        Map<String, Value> item = item("x", new Value.N(stored));
        Map<String, Value> values = Map.of(":d", new Value.N(delta));
        expectNumber(() -> update("ADD x :d", values, item), stored.add(delta));
        expectNumber(() -> update("SET x = x - :d", values, item), stored.subtract(delta));
    }

    /** The update gives {@code exact}, or refuses it if it needs more than 38 significant digits. */
    private static void expectNumber(Supplier<Map<String, Value>> update, BigDecimal exact) {
        if (exact.signum() != 0 && exact.stripTrailingZeros().precision() > 38) {
            assertThatThrownBy(update::get)
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Attempting to store more than 38 significant digits in a Number");
        } else {
            assertThat(update.get().get("x")).isEqualTo(new Value.N(exact));
        }
    }

    private static boolean evaluate(Comparator op, Value stored, Value given) {
        return test("x " + op.symbol() + " :v", Map.of(":v", given), item("x", stored));
    }

    private static boolean expected(Comparator op, int order) {
        return switch (op) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
        };
    }

    private static int compareCodePoints(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return Integer.compare(x.length, y.length);
    }

    @Provide
    Arbitrary<BigDecimal> numbers() {
        Arbitrary<BigDecimal> small = Arbitraries.integers().between(-20, 20).map(BigDecimal::valueOf);
        Arbitrary<BigDecimal> any = Combinators.combine(
                        Arbitraries.longs(), Arbitraries.integers().between(-20, 20))
                .as((unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
        Arbitrary<BigDecimal> rescaled = small.map(n -> n.setScale(2));
        return Arbitraries.oneOf(small, any, rescaled);
    }

    @Provide
    Arbitrary<String> strings() {
        return Arbitraries.of("a", "b", "B", "é", "€", "\uFFFD", "\uD83D\uDE00", "\uD83D\uDE01", "z", " ")
                .list()
                .ofMaxSize(4)
                .map(parts -> String.join("", parts));
    }
}
