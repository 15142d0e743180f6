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
import static io.dynantic.local.expression.Conditions.test;
import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.local.value.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionEvaluatorTest {
    private final Map<String, Value> item = item(
            "s", s("banana"),
            "n", n("10"),
            "b", b(1, 2, 3),
            "t", new Value.Bool(true),
            "z", new Value.Null(),
            "ss", ss("red", "green"),
            "ns", ns("1", "2.5"),
            "bs", bs(b(1), b(2)),
            "l", l(s("x"), n("2"), m("k", s("v"))),
            "m", m("core", m("deep", n("7")), "arr", l(n("1"), n("2"))));

    private boolean eval(String expression, Object... values) {
        return test(expression, Map.copyOf(item(values)), item);
    }

    @Test
    void equalityComparesTypeAndValue() {
        assertThat(eval("n = :v", ":v", n("10.0"))).isTrue();
        assertThat(eval("n = :v", ":v", s("10"))).isFalse();
        assertThat(eval("s = :v", ":v", s("banana"))).isTrue();
        assertThat(eval("ss = :v", ":v", ss("green", "red"))).isTrue();
        assertThat(eval("l = :v", ":v", l(s("x"), n("2"), m("k", s("v"))))).isTrue();
        assertThat(eval("b = :v", ":v", b(1, 2, 3))).isTrue();
        assertThat(eval("absent = :v", ":v", n("1"))).isFalse();
    }

    @Test
    void notEqualIsTrueForOtherTypesAndMissingAttributes() {
        assertThat(eval("n <> :v", ":v", n("11"))).isTrue();
        assertThat(eval("n <> :v", ":v", n("10"))).isFalse();
        assertThat(eval("n <> :v", ":v", s("10"))).isTrue();
        assertThat(eval("absent <> :v", ":v", n("1"))).isTrue();
    }

    @Test
    void orderingWorksOnStringsNumbersAndBinaryOfTheSameType() {
        assertThat(eval("n < :v", ":v", n("9.5"))).isFalse();
        assertThat(eval("n > :v", ":v", n("9.5"))).isTrue();
        assertThat(eval("n >= :v", ":v", n("10"))).isTrue();
        assertThat(eval("n <= :v", ":v", n("1E1"))).isTrue();
        assertThat(eval("s < :v", ":v", s("cherry"))).isTrue();
        assertThat(eval("b > :v", ":v", b(1, 2))).isTrue();
        assertThat(eval("n < :v", ":v", s("99"))).isFalse();
        assertThat(eval("n > :v", ":v", s("1"))).isFalse();
        assertThat(eval("t < :v", ":v", new Value.Bool(true))).isFalse();
        assertThat(eval("absent < :v", ":v", n("1"))).isFalse();
    }

    @Test
    void betweenIsInclusiveOnStringsNumbersAndBinary() {
        assertThat(eval("n BETWEEN :a AND :b", ":a", n("10"), ":b", n("10"))).isTrue();
        assertThat(eval("n BETWEEN :a AND :b", ":a", n("1"), ":b", n("9"))).isFalse();
        assertThat(eval("s BETWEEN :a AND :b", ":a", s("apple"), ":b", s("cherry")))
                .isTrue();
        assertThat(eval("b BETWEEN :a AND :b", ":a", b(1), ":b", b(1, 2, 4))).isTrue();
        assertThat(eval("n BETWEEN :a AND :b", ":a", s("1"), ":b", n("20"))).isFalse();
        assertThat(eval("absent BETWEEN :a AND :b", ":a", n("1"), ":b", n("20")))
                .isFalse();
    }

    @Test
    void inMatchesAnyCandidate() {
        assertThat(eval("n IN (:a, :b)", ":a", n("1"), ":b", n("10"))).isTrue();
        assertThat(eval("n IN (:a, :b)", ":a", n("1"), ":b", s("10"))).isFalse();
        assertThat(eval("absent IN (:a)", ":a", n("1"))).isFalse();
    }

    @Test
    void logicalOperators() {
        assertThat(eval("n = :a AND s = :b", ":a", n("10"), ":b", s("banana"))).isTrue();
        assertThat(eval("n = :a AND s = :b", ":a", n("10"), ":b", s("apple"))).isFalse();
        assertThat(eval("n = :a OR s = :b", ":a", n("1"), ":b", s("banana"))).isTrue();
        assertThat(eval("NOT n = :a", ":a", n("1"))).isTrue();
        assertThat(eval("NOT (n = :a OR n = :b)", ":a", n("1"), ":b", n("10"))).isFalse();
    }

    @Test
    void attributeExistenceFollowsNestedPaths() {
        assertThat(eval("attribute_exists(m.core.deep)")).isTrue();
        assertThat(eval("attribute_exists(m.arr[1])")).isTrue();
        assertThat(eval("attribute_exists(m.arr[2])")).isFalse();
        assertThat(eval("attribute_exists(s.core)")).isFalse();
        assertThat(eval("attribute_exists(z)")).isTrue();
        assertThat(eval("attribute_not_exists(absent)")).isTrue();
        assertThat(eval("attribute_not_exists(l[2].k)")).isFalse();
    }

    @Test
    void attributeTypeNamesEachType() {
        Map<String, String> expected = Map.of(
                "s", "S", "n", "N", "b", "B", "t", "BOOL", "z", "NULL", "ss", "SS", "ns", "NS", "bs", "BS", "l", "L",
                "m", "M");
        expected.forEach((attribute, type) -> {
            assertThat(eval("attribute_type(" + attribute + ", :t)", ":t", s(type)))
                    .as(attribute)
                    .isTrue();
            assertThat(eval("attribute_type(" + attribute + ", :t)", ":t", s(type.equals("S") ? "N" : "S")))
                    .as(attribute)
                    .isFalse();
        });
        assertThat(eval("attribute_type(absent, :t)", ":t", s("S"))).isFalse();
    }

    @Test
    void beginsWithOnStringsAndBinary() {
        assertThat(eval("begins_with(s, :p)", ":p", s("ban"))).isTrue();
        assertThat(eval("begins_with(s, :p)", ":p", s("nan"))).isFalse();
        assertThat(eval("begins_with(b, :p)", ":p", b(1, 2))).isTrue();
        assertThat(eval("begins_with(n, :p)", ":p", s("1"))).isFalse();
    }

    @Test
    void containsOnStringsSetsAndLists() {
        assertThat(eval("contains(s, :e)", ":e", s("nan"))).isTrue();
        assertThat(eval("contains(ss, :e)", ":e", s("red"))).isTrue();
        assertThat(eval("contains(ss, :e)", ":e", s("re"))).isFalse();
        assertThat(eval("contains(ns, :e)", ":e", n("2.50"))).isTrue();
        assertThat(eval("contains(bs, :e)", ":e", b(2))).isTrue();
        assertThat(eval("contains(l, :e)", ":e", n("2"))).isTrue();
        assertThat(eval("contains(l, :e)", ":e", m("k", s("v")))).isTrue();
        assertThat(eval("contains(n, :e)", ":e", n("1"))).isFalse();
        assertThat(eval("contains(absent, :e)", ":e", n("1"))).isFalse();
    }

    @Test
    void sizeOfEachType() {
        assertThat(eval("size(s) = :v", ":v", n("6"))).isTrue();
        assertThat(eval("size(b) = :v", ":v", n("3"))).isTrue();
        assertThat(eval("size(ss) = :v", ":v", n("2"))).isTrue();
        assertThat(eval("size(ns) = :v", ":v", n("2"))).isTrue();
        assertThat(eval("size(bs) = :v", ":v", n("2"))).isTrue();
        assertThat(eval("size(l) = :v", ":v", n("3"))).isTrue();
        assertThat(eval("size(m) = :v", ":v", n("2"))).isTrue();
        assertThat(eval("size(n) = :v OR size(t) = :v OR size(z) = :v", ":v", n("1")))
                .isFalse();
        assertThat(eval("size(absent) < :v", ":v", n("1"))).isFalse();
    }

    @Test
    void placeholdersForNames() {
        assertThat(test("#st = :v", Map.of("#st", "status"), Map.of(":v", s("on")), item("status", s("on"))))
                .isTrue();
    }
}
