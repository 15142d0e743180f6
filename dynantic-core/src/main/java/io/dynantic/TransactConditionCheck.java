package io.dynantic;

import io.dynantic.expression.Condition;
import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.operation.WriteDescription;
import java.util.Objects;

/**
 * A condition that must hold for an item for a transaction to apply, without writing the item.
 * Immutable.
 *
 * <pre>{@code
 * TransactConditionCheck.of(User.class, Key.of("u1", "a"), User_.status.eq(UserStatus.ACTIVE))
 * }</pre>
 */
public final class TransactConditionCheck extends TransactAction {
    private final Class<?> model;
    private final Key key;
    private final Condition<?> condition;

    private TransactConditionCheck(Class<?> model, Key key, Condition<?> condition) {
        this.model = model;
        this.key = key;
        this.condition = condition;
    }

    /** Requires {@code condition} to hold for the {@code model} item with {@code key}. */
    public static <T> TransactConditionCheck of(Class<T> model, Key key, Condition<? super T> condition) {
        return new TransactConditionCheck(
                Objects.requireNonNull(model, "model"), key, Objects.requireNonNull(condition, "condition"));
    }

    @Override
    Class<?> model() {
        return model;
    }

    @Override
    WriteDescription describe(ItemCodec<?> codec) {
        return WriteDescription.check(codec, key, condition);
    }
}
