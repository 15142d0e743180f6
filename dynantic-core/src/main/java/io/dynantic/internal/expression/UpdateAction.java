package io.dynantic.internal.expression;

import io.dynantic.expression.Path;
import org.jspecify.annotations.Nullable;

/**
 * One action of an update expression. Built with Java values; an operation encodes them to {@code
 * AttributeValue}s (through {@link #withValue}) before {@link UpdateRenderer} places them.
 */
public sealed interface UpdateAction {
    /** Where the action applies. */
    Path path();

    /** The action's value (a Java value, or once encoded an {@code AttributeValue}); null for REMOVE. */
    @Nullable
    Object value();

    /** The same action with another value. */
    UpdateAction withValue(@Nullable Object value);

    /** {@code SET path = value}. */
    record Set(Path path, @Nullable Object value) implements UpdateAction {
        @Override
        public UpdateAction withValue(@Nullable Object value) {
            return new Set(path, value);
        }
    }

    /** {@code SET path = if_not_exists(path, value)}. */
    record SetIfNotExists(Path path, @Nullable Object value) implements UpdateAction {
        @Override
        public UpdateAction withValue(@Nullable Object value) {
            return new SetIfNotExists(path, value);
        }
    }

    /** {@code REMOVE path}. */
    record Remove(Path path) implements UpdateAction {
        @Override
        public @Nullable Object value() {
            return null;
        }

        @Override
        public UpdateAction withValue(@Nullable Object value) {
            return this;
        }
    }

    /** {@code ADD path value}: adds to a number, or elements to a set. */
    record Add(Path path, @Nullable Object value) implements UpdateAction {
        @Override
        public UpdateAction withValue(@Nullable Object value) {
            return new Add(path, value);
        }
    }

    /** {@code DELETE path value}: removes elements from a set. */
    record Delete(Path path, @Nullable Object value) implements UpdateAction {
        @Override
        public UpdateAction withValue(@Nullable Object value) {
            return new Delete(path, value);
        }
    }

    /** {@code SET path = list_append(...)}: the list's elements after (or, prepending, before) the stored ones. */
    record Append(Path path, @Nullable Object value, boolean prepend) implements UpdateAction {
        @Override
        public UpdateAction withValue(@Nullable Object value) {
            return new Append(path, value, prepend);
        }
    }

    /** {@code SET path = if_not_exists(path, 0) + value} (or {@code -} when decrementing). */
    record Increment(Path path, @Nullable Object value, boolean decrement) implements UpdateAction {
        @Override
        public UpdateAction withValue(@Nullable Object value) {
            return new Increment(path, value, decrement);
        }
    }
}
