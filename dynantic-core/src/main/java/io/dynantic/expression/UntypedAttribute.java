package io.dynantic.expression;

/**
 * An attribute known only by name, from {@link Attribute#named(String)}: every condition operator,
 * values converted by the model's field when the model has one at this path, else by their runtime
 * class.
 */
public final class UntypedAttribute extends ComparableAttribute<Object, Object> {
    UntypedAttribute(Path path) {
        super(path);
    }

    /** The attribute {@code name} inside this map. */
    public UntypedAttribute then(String name) {
        return new UntypedAttribute(path().then(name));
    }

    /** The element at {@code index} of this list. */
    public UntypedAttribute index(int index) {
        return new UntypedAttribute(path().index(index));
    }

    /** The string or binary starts with {@code prefix}. */
    public Condition<Object> beginsWith(Object prefix) {
        return new Condition.BeginsWith<>(path(), value(prefix, "beginsWith"));
    }

    /** The string contains {@code operand}, or the set or list holds it. */
    public Condition<Object> contains(Object operand) {
        return new Condition.Contains<>(path(), element(operand, "contains"));
    }

    /** The attribute's size. */
    public Size<Object> size() {
        return new Size<>(path());
    }
}
