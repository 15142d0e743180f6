package io.dynantic;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The primary key of an item: a partition key value and, for tables with a sort key, a sort key
 * value, given as the Java values of the key fields. Immutable.
 *
 * <pre>{@code
 * users.get(Key.of("u1", "a@b.c"));
 * orders.delete(Key.of("o-123"));
 * }</pre>
 */
public final class Key {
    private final Object partition;
    private final @Nullable Object sort;

    private Key(Object partition, @Nullable Object sort) {
        this.partition = partition;
        this.sort = sort;
    }

    /** A key for a table without a sort key. */
    public static Key of(Object partition) {
        return new Key(requireValue(partition, "partition"), null);
    }

    /** A key for a table with a sort key. */
    public static Key of(Object partition, Object sort) {
        return new Key(requireValue(partition, "partition"), requireValue(sort, "sort"));
    }

    private static Object requireValue(@Nullable Object value, String which) {
        if (value == null) {
            throw new ItemValidationException(java.util.List.of(
                    new ItemValidationException.Violation("Key", "the " + which + " key value is null")));
        }
        return value;
    }

    /** The partition key value. */
    public Object partition() {
        return partition;
    }

    /** The sort key value, or null for a key without one. */
    public @Nullable Object sort() {
        return sort;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Key k && k.partition.equals(partition) && Objects.equals(k.sort, sort);
    }

    @Override
    public int hashCode() {
        return partition.hashCode() * 31 + Objects.hashCode(sort);
    }

    /** The key's shape without its values, which may be personal data: {@code Key[String, String]}. */
    @Override
    public String toString() {
        return "Key[" + partition.getClass().getSimpleName()
                + (sort == null ? "" : ", " + sort.getClass().getSimpleName()) + "]";
    }
}
