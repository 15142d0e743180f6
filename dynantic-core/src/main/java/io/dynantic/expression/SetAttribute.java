package io.dynantic.expression;

import java.util.Set;

/**
 * A set attribute (SS, NS or BS).
 *
 * @param <T> the item type
 * @param <E> the element type
 */
public final class SetAttribute<T, E> extends Attribute<T, Set<E>> {
    SetAttribute(Path path) {
        super(path);
    }

    /** The set holds {@code element}. */
    public Condition<T> contains(E element) {
        return new Condition.Contains<>(path(), element(element, "contains"));
    }

    /** The number of elements. */
    public Size<T> size() {
        return new Size<>(path());
    }
}
