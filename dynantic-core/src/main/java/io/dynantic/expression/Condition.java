package io.dynantic.expression;

import io.dynantic.convert.AttributeType;
import java.util.ArrayList;
import java.util.List;

/**
 * A condition on an item, as an immutable tree. Build one from the typed attributes of a metamodel
 * and combine with {@link #and}, {@link #or} and {@link #not}:
 *
 * <pre>{@code
 * Condition<User> active = User_.status.eq(UserStatus.ACTIVE).and(User_.loginCount.gt(3));
 * users.save(user, active.or(User_.status.notExists()));
 * }</pre>
 *
 * <p>Names and values are rendered through placeholders allocated per request, so conditions compose
 * freely and reserved words need no care. The records below are the tree's nodes; they are public
 * so that tools can inspect a condition, and are normally built through {@link Attribute}.
 *
 * @param <T> the item type the condition applies to
 */
public sealed interface Condition<T>
        permits Condition.Compare,
                Condition.Between,
                Condition.In,
                Condition.Exists,
                Condition.NotExists,
                Condition.TypeIs,
                Condition.BeginsWith,
                Condition.Contains,
                Condition.And,
                Condition.Or,
                Condition.Not {

    /** Both this condition and {@code other}. */
    default Condition<T> and(Condition<? super T> other) {
        return new And<>(flatten(And.class, this, other));
    }

    /** This condition or {@code other}. */
    default Condition<T> or(Condition<? super T> other) {
        return new Or<>(flatten(Or.class, this, other));
    }

    /** The negation of this condition. */
    default Condition<T> not() {
        return new Not<>(this);
    }

    /** All of the conditions. */
    @SafeVarargs
    static <T> Condition<T> and(Condition<? super T> first, Condition<? super T>... more) {
        return new And<>(flatten(And.class, first, more));
    }

    /** Any of the conditions. */
    @SafeVarargs
    static <T> Condition<T> or(Condition<? super T> first, Condition<? super T>... more) {
        return new Or<>(flatten(Or.class, first, more));
    }

    /** The negation of {@code condition}. */
    static <T> Condition<T> not(Condition<T> condition) {
        return new Not<>(condition);
    }

    private static List<Condition<?>> flatten(Class<?> kind, Condition<?> first, Condition<?>... more) {
        List<Condition<?>> out = new ArrayList<>();
        for (Condition<?> c : prepend(first, more)) {
            if (c instanceof And<?> a && kind == And.class) {
                out.addAll(a.conditions());
            } else if (c instanceof Or<?> o && kind == Or.class) {
                out.addAll(o.conditions());
            } else {
                out.add(java.util.Objects.requireNonNull(c, "condition"));
            }
        }
        return List.copyOf(out);
    }

    private static List<Condition<?>> prepend(Condition<?> first, Condition<?>[] more) {
        List<Condition<?>> all = new ArrayList<>(more.length + 1);
        all.add(first);
        all.addAll(List.of(more));
        return all;
    }

    /** {@code left op right}. */
    record Compare<T>(Operand left, ComparisonOperator operator, Operand right) implements Condition<T> {}

    /** {@code subject BETWEEN low AND high}, bounds included. */
    record Between<T>(Operand subject, Operand low, Operand high) implements Condition<T> {}

    /** {@code subject IN (candidates)}. */
    record In<T>(Operand subject, List<Operand> candidates) implements Condition<T> {
        public In {
            candidates = List.copyOf(candidates);
        }
    }

    /** {@code attribute_exists(path)}. */
    record Exists<T>(Path path) implements Condition<T> {}

    /** {@code attribute_not_exists(path)}. */
    record NotExists<T>(Path path) implements Condition<T> {}

    /** {@code attribute_type(path, type)}. */
    record TypeIs<T>(Path path, AttributeType type) implements Condition<T> {}

    /** {@code begins_with(path, prefix)}. */
    record BeginsWith<T>(Path path, Operand prefix) implements Condition<T> {}

    /** {@code contains(path, operand)}: a substring of a string, or an element of a set or list. */
    record Contains<T>(Path path, Operand operand) implements Condition<T> {}

    /** All of the conditions. */
    record And<T>(List<Condition<?>> conditions) implements Condition<T> {
        public And {
            conditions = List.copyOf(conditions);
        }
    }

    /** Any of the conditions. */
    record Or<T>(List<Condition<?>> conditions) implements Condition<T> {
        public Or {
            conditions = List.copyOf(conditions);
        }
    }

    /** The negation of a condition. */
    record Not<T>(Condition<?> condition) implements Condition<T> {}
}
