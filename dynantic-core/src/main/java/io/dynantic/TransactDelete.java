package io.dynantic;

import io.dynantic.expression.Condition;
import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.operation.WriteDescription;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Deletes an item in a transaction, as {@link Table#delete(Key, Condition)} and {@link
 * Table#delete(Object)} do (the latter checking the item's {@code @Version}). Immutable.
 *
 * <pre>{@code
 * TransactDelete.of(Order.class, Key.of("124"), Order_.status.eq("CANCELLED"))
 * }</pre>
 */
public final class TransactDelete extends TransactAction {
    private final Class<?> model;
    private final @Nullable Key key;
    private final @Nullable Object item;
    private final @Nullable Condition<?> condition;

    private TransactDelete(Class<?> model, @Nullable Key key, @Nullable Object item, @Nullable Condition<?> condition) {
        this.model = model;
        this.key = key;
        this.item = item;
        this.condition = condition;
    }

    /** Deletes the {@code model} item with {@code key}. */
    public static TransactDelete of(Class<?> model, Key key) {
        return new TransactDelete(Objects.requireNonNull(model, "model"), key, null, null);
    }

    /** Deletes the {@code model} item with {@code key} if {@code condition} holds for it. */
    public static <T> TransactDelete of(Class<T> model, Key key, Condition<? super T> condition) {
        return new TransactDelete(
                Objects.requireNonNull(model, "model"), key, null, Objects.requireNonNull(condition, "condition"));
    }

    /** Deletes {@code item} by its key, checking its {@code @Version} when the model has one. */
    public static TransactDelete of(Object item) {
        return new TransactDelete(BatchWriter.classOf(item), null, item, null);
    }

    @Override
    Class<?> model() {
        return model;
    }

    @Override
    WriteDescription describe(ItemCodec<?> codec) {
        if (item != null) {
            ItemCodec.Identity identity = identify(codec, item);
            return WriteDescription.delete(codec, identity.key(), null, true, identity.version());
        }
        return WriteDescription.delete(codec, key, condition, false, null);
    }

    @SuppressWarnings("unchecked")
    private static <T> ItemCodec.Identity identify(ItemCodec<T> codec, Object item) {
        return codec.identify((T) item, "deleted");
    }
}
