package io.dynantic;

import io.dynantic.expression.Condition;
import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.operation.WriteDescription;
import io.dynantic.internal.operation.WriteMode;
import org.jspecify.annotations.Nullable;

/**
 * Saves an item in a transaction, as {@link Table#save(Object)} does: generated fields filled, the
 * {@code @Version} checked and incremented, the discriminator written, plus an optional condition.
 * Immutable.
 *
 * <pre>{@code
 * TransactPut.of(order, Order_.status.notExists())
 * }</pre>
 */
public final class TransactPut extends TransactAction {
    private final Object item;
    private final @Nullable Condition<?> condition;

    private TransactPut(Object item, @Nullable Condition<?> condition) {
        this.item = item;
        this.condition = condition;
    }

    /** Saves {@code item}. */
    public static TransactPut of(Object item) {
        return new TransactPut(item, null);
    }

    /** Saves {@code item} if {@code condition} holds for the stored item (ANDed with the version check). */
    public static <T> TransactPut of(T item, Condition<? super T> condition) {
        return new TransactPut(item, java.util.Objects.requireNonNull(condition, "condition"));
    }

    @Override
    Class<?> model() {
        return BatchWriter.classOf(item);
    }

    @Override
    @SuppressWarnings("unchecked")
    WriteDescription describe(ItemCodec<?> codec) {
        return WriteDescription.put((ItemCodec<Object>) codec, item, WriteMode.SAVE, condition);
    }
}
