package io.dynantic.expression;

/**
 * The size of an attribute, for conditions: a string's length, a binary's byte count, the number of
 * elements of a set, list or map.
 *
 * @param <T> the item type
 */
public final class Size<T> {
    private final Path path;

    Size(Path path) {
        this.path = path;
    }

    public Condition<T> eq(long n) {
        return compare(ComparisonOperator.EQ, n);
    }

    public Condition<T> ne(long n) {
        return compare(ComparisonOperator.NE, n);
    }

    public Condition<T> lt(long n) {
        return compare(ComparisonOperator.LT, n);
    }

    public Condition<T> le(long n) {
        return compare(ComparisonOperator.LE, n);
    }

    public Condition<T> gt(long n) {
        return compare(ComparisonOperator.GT, n);
    }

    public Condition<T> ge(long n) {
        return compare(ComparisonOperator.GE, n);
    }

    /** {@code low <= size <= high}. */
    public Condition<T> between(long low, long high) {
        return new Condition.Between<>(new Operand.Size(path), number(low), number(high));
    }

    private Condition<T> compare(ComparisonOperator op, long n) {
        return new Condition.Compare<>(new Operand.Size(path), op, number(n));
    }

    private static Operand number(long n) {
        return new Operand.Value(n, null, false);
    }
}
