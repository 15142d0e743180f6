package io.dynantic.expression;

import org.jspecify.annotations.Nullable;

/** One side of a comparison in a {@link Condition}: an attribute, its size, or a value. */
public sealed interface Operand permits Operand.AttributeRef, Operand.Size, Operand.Value {

    /** The value stored at a path. */
    record AttributeRef(Path path) implements Operand {}

    /** {@code size(path)}: a string's length, a binary's byte count, a collection's element count. */
    record Size(Path path) implements Operand {}

    /**
     * A Java value, stored the way the attribute at {@code encodeAs} stores its values (or, with
     * {@code element}, the way that collection stores its elements). Without {@code encodeAs}, the
     * value is converted by its runtime class.
     */
    record Value(Object value, @Nullable Path encodeAs, boolean element) implements Operand {}
}
