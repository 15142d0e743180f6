package io.dynantic.local.value;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Item size as DynamoDB documents it ("Item sizes and formats"): attribute names and strings count their
 * UTF-8 bytes, binary its bytes, a number one byte per pair of digits aligned at the decimal point plus one (and one more when negative), BOOL and NULL
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
        // DynamoDB stores a number as an exponent byte and base-100 digit pairs aligned at the decimal point (plus
        // a byte for a negative number): 3.14159 is 03|14|15|90, 5 bytes.
        BigDecimal n = Numbers.normalise(number);
        if (n.signum() == 0) {
            return 2;
        }
        int highest = n.precision() - n.scale() - 1;
        int lowest = -n.scale();
        long pairs = Math.floorDiv(highest, 2) - Math.floorDiv(lowest, 2) + 1;
        return 1 + pairs + (n.signum() < 0 ? 1 : 0);
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
