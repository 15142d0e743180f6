package io.dynantic.internal.expression;

import io.dynantic.expression.Path;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code #n} name and {@code :v} value placeholders of one request. Every expression of the
 * request (key condition, filter, condition, update, projection) draws from the same instance, so
 * placeholders never clash. Not thread-safe; one per request.
 */
public final class Placeholders {
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();

    /** The placeholder for an attribute name; the same name always gets the same placeholder. */
    public String name(String attributeName) {
        String p = byName.get(attributeName);
        if (p == null) {
            p = "#n" + byName.size();
            byName.put(attributeName, p);
            names.put(p, attributeName);
        }
        return p;
    }

    /** A path with every name through a placeholder: {@code #n0.#n1[2]}. */
    public String path(Path path) {
        StringBuilder out = new StringBuilder();
        for (Object segment : path.segments()) {
            if (segment instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name((String) segment));
            }
        }
        return out.toString();
    }

    /** A new placeholder for a value. */
    public String value(AttributeValue value) {
        String p = ":v" + values.size();
        values.put(p, value);
        return p;
    }

    /** For {@code ExpressionAttributeNames}; null when empty, as the API requires. */
    public Map<String, String> names() {
        return names.isEmpty() ? null : names;
    }

    /** For {@code ExpressionAttributeValues}; null when empty, as the API requires. */
    public Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : values;
    }
}
