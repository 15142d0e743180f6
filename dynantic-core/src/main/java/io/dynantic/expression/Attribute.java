package io.dynantic.expression;

import io.dynantic.convert.AttributeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A typed handle on an attribute of item type {@code T} holding values of type {@code V}: the
 * currency of conditions and updates. The generated metamodel ({@code User_}) holds one per field;
 * subtypes add the operators DynamoDB allows for their type ({@link StringAttribute#beginsWith},
 * {@link SetAttribute#contains}, ...). Immutable and thread-safe.
 *
 * <pre>{@code
 * users.delete(key, User_.status.eq(UserStatus.BANNED).and(User_.address.then(Address_.city).exists()));
 * users.save(user, Attribute.named("legacy_flag").notExists());   // untyped escape hatch
 * }</pre>
 *
 * @param <T> the item type
 * @param <V> the Java type of the attribute's values
 */
public class Attribute<T, V> {
    private final Path path;

    Attribute(Path path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    /** An untyped handle on a top-level attribute, by stored name, offering every operator. */
    public static UntypedAttribute named(String attributeName) {
        return new UntypedAttribute(Path.of(attributeName));
    }

    /** A handle for a value with only equality operators (booleans, for example). */
    public static <T, V> Attribute<T, V> of(String attributeName) {
        return new Attribute<>(Path.of(attributeName));
    }

    /** A handle for an ordered scalar: instants, dates, enums, UUIDs, binaries. */
    public static <T, V> ComparableAttribute<T, V> comparable(String attributeName) {
        return new ComparableAttribute<>(Path.of(attributeName));
    }

    /** A handle for a string attribute. */
    public static <T> StringAttribute<T> string(String attributeName) {
        return new StringAttribute<>(Path.of(attributeName));
    }

    /** A handle for a number attribute. */
    public static <T, N extends Number> NumberAttribute<T, N> number(String attributeName) {
        return new NumberAttribute<>(Path.of(attributeName));
    }

    /** A handle for a set attribute (SS, NS or BS). */
    public static <T, E> SetAttribute<T, E> set(String attributeName) {
        return new SetAttribute<>(Path.of(attributeName));
    }

    /** A handle for a list attribute (L). */
    public static <T, E> ListAttribute<T, E> list(String attributeName) {
        return new ListAttribute<>(Path.of(attributeName));
    }

    /** A handle for a map attribute with string keys (M). */
    public static <T, V> MapAttribute<T, V> map(String attributeName) {
        return new MapAttribute<>(Path.of(attributeName));
    }

    /** A handle for a nested record or bean (M), whose own attributes are reached with {@code then}. */
    public static <T, M> ModelAttribute<T, M> model(String attributeName) {
        return new ModelAttribute<>(Path.of(attributeName));
    }

    /** Where the attribute is in the item. */
    public final Path path() {
        return path;
    }

    /** The attribute equals {@code value}. */
    public Condition<T> eq(V value) {
        return compare(ComparisonOperator.EQ, value);
    }

    /** The attribute equals another attribute of the same item. */
    public Condition<T> eq(Attribute<? super T, ? extends V> other) {
        return compare(ComparisonOperator.EQ, other);
    }

    /** The attribute does not equal {@code value} (true when the attribute is absent). */
    public Condition<T> ne(V value) {
        return compare(ComparisonOperator.NE, value);
    }

    /** The attribute does not equal another attribute of the same item. */
    public Condition<T> ne(Attribute<? super T, ? extends V> other) {
        return compare(ComparisonOperator.NE, other);
    }

    /** The attribute equals one of {@code values} (at most 100). */
    @SafeVarargs
    public final Condition<T> in(V... values) {
        List<V> list = new ArrayList<>(values.length);
        for (V v : values) {
            list.add(v);
        }
        return in(list);
    }

    /** The attribute equals one of {@code values} (at most 100). */
    public final Condition<T> in(Collection<? extends V> values) {
        if (values.isEmpty() || values.size() > 100) {
            throw new IllegalArgumentException(path + ": in(...) takes 1 to 100 values, not " + values.size());
        }
        List<Operand> candidates = new ArrayList<>(values.size());
        for (V v : values) {
            candidates.add(value(v, "in"));
        }
        return new Condition.In<>(new Operand.AttributeRef(path), candidates);
    }

    /** The attribute is present. */
    public final Condition<T> exists() {
        return new Condition.Exists<>(path);
    }

    /** The attribute is absent. */
    public final Condition<T> notExists() {
        return new Condition.NotExists<>(path);
    }

    /** The attribute is stored with the given DynamoDB type. */
    public final Condition<T> attributeType(AttributeType type) {
        return new Condition.TypeIs<>(path, Objects.requireNonNull(type, "type"));
    }

    final Condition<T> compare(ComparisonOperator op, V value) {
        return new Condition.Compare<>(
                new Operand.AttributeRef(path), op, value(value, op.name().toLowerCase(java.util.Locale.ROOT)));
    }

    final Condition<T> compare(ComparisonOperator op, Attribute<?, ?> other) {
        return new Condition.Compare<>(new Operand.AttributeRef(path), op, new Operand.AttributeRef(other.path));
    }

    /** A value stored the way this attribute stores its values. */
    final Operand value(Object value, String operator) {
        if (value == null) {
            throw new IllegalArgumentException(path + ": " + operator
                    + "(null) compares with nothing; use notExists() or attributeType(AttributeType.NULL)");
        }
        return new Operand.Value(value, path, false);
    }

    /** A value stored the way this collection stores its elements. */
    final Operand element(Object value, String operator) {
        if (value == null) {
            throw new IllegalArgumentException(path + ": " + operator + "(null) is not a valid element");
        }
        return new Operand.Value(value, path, true);
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
