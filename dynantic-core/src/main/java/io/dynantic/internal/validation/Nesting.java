package io.dynantic.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's nesting limit: a document is at most 32 levels deep, counting the top-level attribute
 * as the first, so at most 31 maps or lists sit inside one another under an attribute.
 */
public final class Nesting {
    /** The most maps and lists that may nest inside one another in one attribute value. */
    public static final int MAX_CONTAINERS = 31;

    private Nesting() {}

    /** The top-level attributes of {@code item} whose values nest too deeply, in no particular order. */
    public static List<String> tooDeep(Map<String, AttributeValue> item) {
        List<String> out = null;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            if (tooDeep(e.getValue())) {
                if (out == null) {
                    out = new ArrayList<>(1);
                }
                out.add(e.getKey());
            }
        }
        return out == null ? List.of() : out;
    }

    /** Whether {@code value} holds more than {@link #MAX_CONTAINERS} nested maps and lists. */
    public static boolean tooDeep(AttributeValue value) {
        return containers(value, 0) > MAX_CONTAINERS;
    }

    /**
     * Whether {@code value}, stored at a document path of {@code segments} names and indexes, would
     * nest too deeply: each segment below the attribute is one level already taken.
     */
    public static boolean tooDeep(AttributeValue value, int segments) {
        int above = segments - 1;
        return above > 0 ? containers(value, above) > MAX_CONTAINERS : tooDeep(value);
    }

    /** The depth of containers below {@code value}, counting stops once past the limit. */
    private static int containers(AttributeValue value, int above) {
        if (above > MAX_CONTAINERS) {
            return above;
        }
        int deepest = above;
        if (value.hasM()) {
            for (AttributeValue v : value.m().values()) {
                deepest = Math.max(deepest, containers(v, above + 1));
            }
            return Math.max(deepest, above + 1);
        }
        if (value.hasL()) {
            for (AttributeValue v : value.l()) {
                deepest = Math.max(deepest, containers(v, above + 1));
            }
            return Math.max(deepest, above + 1);
        }
        return deepest;
    }

    /** The message for a value nested too deeply. */
    public static String message() {
        return "the value nests more than 32 levels deep (counting the attribute itself); DynamoDB allows 32";
    }
}
