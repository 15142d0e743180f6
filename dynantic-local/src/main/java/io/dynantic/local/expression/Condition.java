package io.dynantic.local.expression;

import java.util.List;

/**
 * A condition, filter or key-condition expression. Every implementation is an immutable, thread-safe record.
 */
public sealed interface Condition
        permits Condition.Compare,
                Condition.Between,
                Condition.In,
                Condition.And,
                Condition.Or,
                Condition.Not,
                Condition.AttributeExists,
                Condition.AttributeNotExists,
                Condition.AttributeType,
                Condition.BeginsWith,
                Condition.Contains {

    /** {@code left op right}. */
    record Compare(Comparator op, Operand left, Operand right) implements Condition {}

    /** {@code operand BETWEEN lower AND upper}. */
    record Between(Operand operand, Operand lower, Operand upper) implements Condition {}

    /** {@code operand IN (candidates...)}. */
    record In(Operand operand, List<Operand> candidates) implements Condition {
        public In {
            candidates = List.copyOf(candidates);
        }
    }

    /** {@code left AND right}. */
    record And(Condition left, Condition right) implements Condition {}

    /** {@code left OR right}. */
    record Or(Condition left, Condition right) implements Condition {}

    /** {@code NOT condition}. */
    record Not(Condition condition) implements Condition {}

    /** {@code attribute_exists(path)}. */
    record AttributeExists(Path path) implements Condition {}

    /** {@code attribute_not_exists(path)}. */
    record AttributeNotExists(Path path) implements Condition {}

    /** {@code attribute_type(path, type)}. */
    record AttributeType(Path path, Operand type) implements Condition {}

    /** {@code begins_with(operand, prefix)}. */
    record BeginsWith(Operand operand, Operand prefix) implements Condition {}

    /** {@code contains(operand, element)}. */
    record Contains(Operand operand, Operand element) implements Condition {}
}
