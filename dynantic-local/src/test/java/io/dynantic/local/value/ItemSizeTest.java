package io.dynantic.local.value;

import static io.dynantic.local.Fixtures.b;
import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.Fixtures.l;
import static io.dynantic.local.Fixtures.m;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.ns;
import static io.dynantic.local.Fixtures.s;
import static io.dynantic.local.Fixtures.ss;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemSizeTest {

    @Test
    void stringsAndNamesCountUtf8Bytes() {
        assertThat(ItemSize.of(item("a", s("abc")))).isEqualTo(4);
        assertThat(ItemSize.of(item("é", s("€")))).isEqualTo(2 + 3);
    }

    @Test
    void numbersTakeAByteForTheExponentAndOnePerDigitPairAlignedAtThePoint() {
        assertThat(ItemSize.of(n("1"))).isEqualTo(2);
        assertThat(ItemSize.of(n("12"))).isEqualTo(2);
        assertThat(ItemSize.of(n("12345"))).isEqualTo(4);
        assertThat(ItemSize.of(n("1200000"))).as("01|20|00|00").isEqualTo(3);
        assertThat(ItemSize.of(n("0.000123"))).isEqualTo(3);
        // The sizes DynamoDB reports (paritysuite/dynamodb-conformance, limits/numberByteSize).
        assertThat(ItemSize.of(n("3.14159"))).as("03|14|15|90").isEqualTo(5);
        assertThat(ItemSize.of(n("-1")))
                .as("a negative number takes one byte more")
                .isEqualTo(3);
    }

    @Test
    void scalarsAndSets() {
        assertThat(ItemSize.of(b(1, 2, 3))).isEqualTo(3);
        assertThat(ItemSize.of(new Value.Bool(false))).isEqualTo(1);
        assertThat(ItemSize.of(new Value.Null())).isEqualTo(1);
        assertThat(ItemSize.of(ss("ab", "c"))).isEqualTo(3);
        assertThat(ItemSize.of(ns("1", "123"))).isEqualTo(2 + 3);
    }

    @Test
    void listsAndMapsAddThreeBytesAndOnePerElement() {
        assertThat(ItemSize.of(l())).isEqualTo(3);
        assertThat(ItemSize.of(l(s("a"), n("1")))).isEqualTo(3 + (1 + 1) + (1 + 2));
        assertThat(ItemSize.of(m("k", s("v")))).isEqualTo(3 + 1 + 1 + 1);
        assertThat(ItemSize.of(item("doc", m("k", l(s("v")))))).isEqualTo(3 + 3 + 1 + 1 + (3 + 1 + 1));
    }
}
