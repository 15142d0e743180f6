package io.dynantic.local.expression;

import io.dynantic.local.value.Value;

/**
 * Something an expression computes a value from. Conditions use paths, values and {@code size}; SET actions
 * also use {@code if_not_exists}, {@code list_append} and {@code +}/{@code -}. Every implementation is an
 * immutable, thread-safe record.
 */
public sealed interface Operand
        permits Operand.PathOperand,
                Operand.ValueRef,
                Operand.Literal,
                Operand.Size,
                Operand.IfNotExists,
                Operand.ListAppend,
                Operand.Arithmetic {

    /** The value at a document path of the item. */
    record PathOperand(Path path) implements Operand {}

    /** An expression attribute value placeholder such as {@code :v}, before resolution. */
    record ValueRef(String placeholder) implements Operand {}

    /** A value given by the request, after placeholder resolution. */
    record Literal(Value value) implements Operand {}

    /** {@code size(operand)}. */
    record Size(Operand operand) implements Operand {}

    /** {@code if_not_exists(path, fallback)}. */
    record IfNotExists(Path path, Operand fallback) implements Operand {}

    /** {@code list_append(first, second)}. */
    record ListAppend(Operand first, Operand second) implements Operand {}

    /** {@code left + right} or {@code left - right}. */
    record Arithmetic(Operand left, boolean plus, Operand right) implements Operand {}
}
