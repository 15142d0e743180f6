package io.dynantic.expression;

/**
 * An attribute whose values DynamoDB orders: numbers by value, strings and binaries byte-wise.
 * Instants are stored in a fixed-width UTC form, so their order is time order.
 *
 * @param <T> the item type
 * @param <V> the value type
 */
public class ComparableAttribute<T, V> extends Attribute<T, V> {
    ComparableAttribute(Path path) {
        super(path);
    }

    /** The attribute is less than {@code value}. */
    public Condition<T> lt(V value) {
        return compare(ComparisonOperator.LT, value);
    }

    /** The attribute is less than or equal to {@code value}. */
    public Condition<T> le(V value) {
        return compare(ComparisonOperator.LE, value);
    }

    /** The attribute is greater than {@code value}. */
    public Condition<T> gt(V value) {
        return compare(ComparisonOperator.GT, value);
    }

    /** The attribute is greater than or equal to {@code value}. */
    public Condition<T> ge(V value) {
        return compare(ComparisonOperator.GE, value);
    }

    /** The attribute is less than another attribute of the same item. */
    public Condition<T> lt(Attribute<? super T, ? extends V> other) {
        return compare(ComparisonOperator.LT, other);
    }

    /** The attribute is less than or equal to another attribute of the same item. */
    public Condition<T> le(Attribute<? super T, ? extends V> other) {
        return compare(ComparisonOperator.LE, other);
    }

    /** The attribute is greater than another attribute of the same item. */
    public Condition<T> gt(Attribute<? super T, ? extends V> other) {
        return compare(ComparisonOperator.GT, other);
    }

    /** The attribute is greater than or equal to another attribute of the same item. */
    public Condition<T> ge(Attribute<? super T, ? extends V> other) {
        return compare(ComparisonOperator.GE, other);
    }

    /** {@code low <= attribute <= high}. */
    public Condition<T> between(V low, V high) {
        return new Condition.Between<>(new Operand.AttributeRef(path()), value(low, "between"), value(high, "between"));
    }
}
