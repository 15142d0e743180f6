package io.dynantic;

import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.operation.UpdateItem;
import io.dynantic.internal.operation.WriteDescription;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Updates an item in a transaction with the actions and conditions of the update builder, checked
 * and encoded exactly as {@link Table#update(Key)} does (the {@code @Version} incremented, {@code
 * @UpdatedAt} set). Immutable once made.
 *
 * <pre>{@code
 * TransactUpdate.of(User.class, Key.of("u1", "a"), u -> u.add(User_.loginCount, 1)
 *     .condition(User_.status.eq(UserStatus.ACTIVE)))
 * }</pre>
 */
public final class TransactUpdate extends TransactAction {
    /**
     * The update builder's actions and conditions, for a transaction. Not thread-safe.
     *
     * @param <T> the model type
     */
    public static final class Steps<T> extends UpdateSteps<T, Steps<T>> {
        private Steps() {}

        @Override
        Steps<T> self() {
            return this;
        }
    }

    private final Class<?> model;
    private final Key key;
    private final Steps<?> steps;

    private TransactUpdate(Class<?> model, Key key, Steps<?> steps) {
        this.model = model;
        this.key = key;
        this.steps = steps;
    }

    /** Updates the {@code model} item with {@code key} by the actions {@code update} adds. */
    public static <T> TransactUpdate of(Class<T> model, Key key, Consumer<Steps<T>> update) {
        Steps<T> steps = new Steps<>();
        Objects.requireNonNull(update, "update").accept(steps);
        return new TransactUpdate(Objects.requireNonNull(model, "model"), key, steps);
    }

    @Override
    Class<?> model() {
        return model;
    }

    @Override
    WriteDescription describe(ItemCodec<?> codec) {
        WriteDescription.UpdateWrite write =
                new UpdateItem<>(codec, key, steps.actions, steps.condition, false, null, ReturnValue.NONE).describe();
        if (write.update() == null) {
            throw new ItemValidationException(List.of(new ItemValidationException.Violation(
                    model.getSimpleName(),
                    "the update has no action; add one, or use TransactConditionCheck to check the item")));
        }
        return write;
    }
}
