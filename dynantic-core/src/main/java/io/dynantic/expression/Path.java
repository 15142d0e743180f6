package io.dynantic.expression;

import io.dynantic.internal.convert.StorableText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The location of an attribute inside an item: stored attribute names and list indexes, such as
 * {@code address.zip} or {@code history[2]}. Immutable.
 */
public final class Path {
    private final List<Object> segments;
    /** Cached: update plans are looked up by their paths on every call. */
    private int hash;

    private Path(List<Object> segments) {
        this.segments = segments;
    }

    /** A top-level attribute, by its stored name. */
    public static Path of(String attributeName) {
        return new Path(List.of(requireName(attributeName)));
    }

    private static String requireName(String name) {
        if (Objects.requireNonNull(name, "attribute name").isEmpty()) {
            throw new IllegalArgumentException("an attribute name cannot be empty");
        }
        int at = StorableText.unpairedSurrogate(name);
        if (at >= 0) {
            throw new IllegalArgumentException(
                    "the attribute name " + StorableText.quoted(name) + " " + StorableText.problem(name, at));
        }
        return name;
    }

    /** The attribute {@code name} inside this map or nested model. */
    public Path then(String name) {
        return append(requireName(name));
    }

    /** The element at {@code index} of this list. */
    public Path index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a list index cannot be negative: " + index);
        }
        return append(index);
    }

    /** This path followed by {@code other}. */
    public Path then(Path other) {
        List<Object> out = new ArrayList<>(segments);
        out.addAll(other.segments);
        return new Path(Collections.unmodifiableList(out));
    }

    private Path append(Object segment) {
        List<Object> out = new ArrayList<>(segments.size() + 1);
        out.addAll(segments);
        out.add(segment);
        return new Path(Collections.unmodifiableList(out));
    }

    /** The segments: {@code String} attribute names and {@code Integer} list indexes. */
    public List<Object> segments() {
        return segments;
    }

    /** The first segment: the top-level attribute's stored name. */
    public String root() {
        return (String) segments.get(0);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Path p && p.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = segments.hashCode();
            hash = h;
        }
        return h;
    }

    /** The path in document form: {@code address.zip}, {@code history[2]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(s);
            }
        }
        return sb.toString();
    }
}
