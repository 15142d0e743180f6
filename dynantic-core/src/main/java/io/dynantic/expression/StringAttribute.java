package io.dynantic.expression;

/**
 * A string attribute.
 *
 * @param <T> the item type
 */
public final class StringAttribute<T> extends ComparableAttribute<T, String> {
    StringAttribute(Path path) {
        super(path);
    }

    /** The string starts with {@code prefix}. */
    public Condition<T> beginsWith(String prefix) {
        return new Condition.BeginsWith<>(path(), value(prefix, "beginsWith"));
    }

    /** The string contains {@code substring}. */
    public Condition<T> contains(String substring) {
        return new Condition.Contains<>(path(), value(substring, "contains"));
    }

    /** The string's length. */
    public Size<T> size() {
        return new Size<>(path());
    }
}
