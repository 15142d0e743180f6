package io.dynantic.internal.expression;

import io.dynantic.expression.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code #n} name and {@code :v} value placeholders of one request. Every expression of the
 * request (key condition, filter, condition, update, projection) draws from the same instance, so
 * placeholders never clash. Not thread-safe; one per request.
 */
public final class Placeholders {
    /** The first placeholders, made once: a request rarely needs more. */
    private static final String[] NAMES = new String[32];

    private static final String[] VALUES = new String[32];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            NAMES[i] = "#n" + i;
            VALUES[i] = ":v" + i;
        }
    }

    // A request has few names: a list searched in order beats hashing every lookup.
    private List<String> names;
    /** Whether {@code names} is the caller's (read-only) list, to be copied before a name is added. */
    private boolean namesGiven;

    /** The values, in the first {@code valueCount} elements; the rest is room for more. */
    private @Nullable AttributeValue[] values;

    private int valueCount;

    public Placeholders() {
        this.names = new ArrayList<>(8);
        this.values = new AttributeValue[8];
    }

    /**
     * Placeholders that start with these names and values ({@code #n0}, {@code :v0}, ... in order).
     *
     * @param names names this instance reads, and copies only if a name is added
     * @param values a new array, which this instance takes over: its first {@code count} elements are the
     *     values, the rest room for more
     */
    public Placeholders(List<String> names, @Nullable AttributeValue[] values, int count) {
        this.names = names;
        this.namesGiven = true;
        this.values = values;
        this.valueCount = count;
    }

    /** The names so far, in placeholder order (a read-only view). */
    public List<String> nameList() {
        return Collections.unmodifiableList(names);
    }

    /** How many values there are so far. */
    public int valueCount() {
        return valueCount;
    }

    /** The values so far, in placeholder order (a read-only view). */
    public List<AttributeValue> valueList() {
        return Collections.unmodifiableList(Arrays.asList(values).subList(0, valueCount));
    }

    static String placeholder(String[] made, String prefix, int i) {
        return i < made.length ? made[i] : prefix + i;
    }

    /** The placeholder of {@code attributeName} if it has one, or null (none is made). */
    public @Nullable String existingName(String attributeName) {
        int i = names.indexOf(attributeName);
        return i < 0 ? null : placeholder(NAMES, "#n", i);
    }

    /** The placeholder for an attribute name; the same name always gets the same placeholder. */
    public String name(String attributeName) {
        int i = names.indexOf(attributeName);
        if (i < 0) {
            if (namesGiven) {
                names = new ArrayList<>(names);
                namesGiven = false;
            }
            i = names.size();
            names.add(attributeName);
        }
        return placeholder(NAMES, "#n", i);
    }

    /** A path with every name through a placeholder: {@code #n0.#n1[2]}. */
    public String path(Path path) {
        List<Object> segments = path.segments();
        if (segments.size() == 1) {
            return name((String) segments.get(0));
        }
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
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
        if (valueCount == values.length) {
            // A view of the values keeps the array it was made with.
            values = Arrays.copyOf(values, values.length * 2 + 1);
        }
        values[valueCount] = value;
        return placeholder(VALUES, ":v", valueCount++);
    }

    /**
     * For {@code ExpressionAttributeNames}, the names so far (read-only); null when empty, as the API
     * requires.
     */
    public @Nullable Map<String, String> names() {
        return names.isEmpty() ? null : new PlaceholderMap<>(NAMES, "#n", names, names.size());
    }

    /**
     * For {@code ExpressionAttributeValues}, the values so far (read-only); null when empty, as the API
     * requires.
     */
    public @Nullable Map<String, AttributeValue> values() {
        return valueCount == 0 ? null : new PlaceholderMap<>(VALUES, ":v", Arrays.asList(values), valueCount);
    }
}
