package io.dynantic.expression;

import java.util.List;

/**
 * A list attribute (L).
 *
 * @param <T> the item type
 * @param <E> the element type
 */
public final class ListAttribute<T, E> extends Attribute<T, List<E>> {
    ListAttribute(Path path) {
        super(path);
    }

    /** The list holds {@code element}. */
    public Condition<T> contains(E element) {
        return new Condition.Contains<>(path(), element(element, "contains"));
    }

    /** The number of elements. */
    public Size<T> size() {
        return new Size<>(path());
    }

    /** The element at {@code index}. */
    public ComparableAttribute<T, E> index(int index) {
        return new ComparableAttribute<>(path().index(index));
    }
}
