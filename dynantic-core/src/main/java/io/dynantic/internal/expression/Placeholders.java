package io.dynantic.internal.expression;

import io.dynantic.expression.Path;
import java.util.ArrayList;
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

    private final List<AttributeValue> values;

    public Placeholders() {
        this.names = new ArrayList<>(8);
        this.values = new ArrayList<>(8);
    }

    /**
     * Placeholders that start with these names and values ({@code #n0}, {@code :v0}, ... in order).
     *
     * @param names names this instance reads, and copies only if a name is added
     * @param values a new mutable list, which this instance takes over
     */
    public Placeholders(List<String> names, List<AttributeValue> values) {
        this.names = names;
        this.namesGiven = true;
        this.values = values;
    }

    /** The names so far, in placeholder order (a read-only view). */
    public List<String> nameList() {
        return Collections.unmodifiableList(names);
    }

    /** The values so far, in placeholder order (a read-only view). */
    public List<AttributeValue> valueList() {
        return Collections.unmodifiableList(values);
    }

    static String placeholder(String[] made, String prefix, int i) {
        return i < made.length ? made[i] : prefix + i;
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
        values.add(value);
        return placeholder(VALUES, ":v", values.size() - 1);
    }

    /**
     * For {@code ExpressionAttributeNames}, the names so far (read-only); null when empty, as the API
     * requires.
     */
    public @Nullable Map<String, String> names() {
        return names.isEmpty() ? null : new PlaceholderMap<>(NAMES, "#n", names);
    }

    /**
     * For {@code ExpressionAttributeValues}, the values so far (read-only); null when empty, as the API
     * requires.
     */
    public @Nullable Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : new PlaceholderMap<>(VALUES, ":v", values);
    }
}
