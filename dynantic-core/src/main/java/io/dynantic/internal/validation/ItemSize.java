package io.dynantic.internal.validation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's item size, as its documentation counts it: names and values in UTF-8 bytes, numbers at
 * about one byte per two digits plus one, three bytes of overhead per list or map and one per
 * element.
 */
public final class ItemSize {
    /** DynamoDB's limit for one item. */
    public static final int LIMIT = 400 * 1024;

    private static final int PLACEHOLDER_CHARS = 8;

    private ItemSize() {}

    /** Whether the item is certainly within the limit, from a cheap upper bound (3 bytes per char). */
    public static boolean clearlyFits(Map<String, AttributeValue> item) {
        return size(item, false) <= LIMIT;
    }

    /**
     * At least the bytes that a value of an expression adds to its values, by the bound of {@link
     * #clearlyFits(Map)}: its name is a placeholder ({@code :v0}) of at most {@value #PLACEHOLDER_CHARS}
     * characters.
     */
    public static long bound(AttributeValue placeholderValue) {
        return 3 * PLACEHOLDER_CHARS + value(placeholderValue, false);
    }

    /** The item's size in bytes. */
    public static long of(Map<String, AttributeValue> item) {
        return size(item, true);
    }

    private static long size(Map<String, AttributeValue> item, boolean exact) {
        long total = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            total += text(e.getKey(), exact) + value(e.getValue(), exact);
        }
        return total;
    }

    private static long value(AttributeValue v, boolean exact) {
        return switch (v.type()) {
            case S -> text(v.s(), exact);
            case N -> number(v.n());
            case B -> v.b().asByteBuffer().remaining();
            case BOOL, NUL -> 1;
            case SS -> texts(v.ss(), exact);
            case NS -> v.ns().stream().mapToLong(ItemSize::number).sum();
            case BS ->
                v.bs().stream().mapToLong(b -> b.asByteBuffer().remaining()).sum();
            case L -> {
                long sum = 3;
                for (AttributeValue e : v.l()) {
                    sum += 1 + value(e, exact);
                }
                yield sum;
            }
            case M -> 3 + size(v.m(), exact) + v.m().size();
            default -> 0;
        };
    }

    private static long texts(List<String> strings, boolean exact) {
        long sum = 0;
        for (String s : strings) {
            sum += text(s, exact);
        }
        return sum;
    }

    private static long text(String s, boolean exact) {
        return exact ? s.getBytes(StandardCharsets.UTF_8).length : 3L * s.length();
    }

    private static long number(String n) {
        return n.length() / 2 + 2;
    }
}
