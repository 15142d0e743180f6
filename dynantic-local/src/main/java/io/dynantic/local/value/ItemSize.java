package io.dynantic.local.value;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Item size as DynamoDB documents it ("Item sizes and formats"): attribute names and strings count their
 * UTF-8 bytes, binary its bytes, a number about one byte per two significant digits plus one, BOOL and NULL
 * one byte, sets the sum of their elements, and lists and maps 3 bytes plus 1 byte per element on top of the
 * elements (and, for maps, their names). Stateless and thread-safe.
 */
public final class ItemSize {
    private ItemSize() {}

    /** The size of an item: each attribute's name plus its value. */
    public static long of(Map<String, Value> item) {
        long size = 0;
        for (Map.Entry<String, Value> e : item.entrySet()) {
            size += utf8(e.getKey()) + of(e.getValue());
        }
        return size;
    }

    /** The size of one value, without any attribute name. */
    public static long of(Value value) {
        if (value instanceof Value.S s) {
            return utf8(s.value());
        }
        if (value instanceof Value.N n) {
            return number(n.value());
        }
        if (value instanceof Value.B b) {
            return b.length();
        }
        if (value instanceof Value.Bool || value instanceof Value.Null) {
            return 1;
        }
        if (value instanceof Value.SS ss) {
            return ss.values().stream().mapToLong(ItemSize::utf8).sum();
        }
        if (value instanceof Value.NS ns) {
            return ns.values().stream().mapToLong(ItemSize::number).sum();
        }
        if (value instanceof Value.BS bs) {
            return bs.values().stream().mapToLong(Value.B::length).sum();
        }
        if (value instanceof Value.L l) {
            return 3 + l.values().stream().mapToLong(v -> 1 + of(v)).sum();
        }
        Value.M m = (Value.M) value;
        return 3
                + m.values().entrySet().stream()
                        .mapToLong(e -> 1 + utf8(e.getKey()) + of(e.getValue()))
                        .sum();
    }

    private static long number(BigDecimal number) {
        return (Numbers.significantDigits(number) + 1) / 2 + 1;
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
