package io.dynantic.expression;

/**
 * A number attribute.
 *
 * @param <T> the item type
 * @param <N> the Java number type
 */
public final class NumberAttribute<T, N extends Number> extends ComparableAttribute<T, N> {
    NumberAttribute(Path path) {
        super(path);
    }
}
