package io.dynantic;

import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.operation.WriteDescription;
import java.util.function.Function;

/**
 * One action of {@link Dynantic#transactWrite}: a {@link TransactPut}, {@link TransactUpdate},
 * {@link TransactDelete} or {@link TransactConditionCheck}. Each is checked and encoded exactly as its
 * single-item twin ({@code save}, {@code update}, {@code delete}, a condition) is, the model's
 * versions, timestamps and discriminator included. Immutable.
 */
public abstract class TransactAction {
    TransactAction() {}

    /** The action as its single-item twin describes it; throws {@link ItemValidationException}. */
    abstract WriteDescription describe(Function<Class<?>, ItemCodec<?>> codecs);

    /** The codec of {@code model}, typed. */
    @SuppressWarnings("unchecked")
    static <T> ItemCodec<T> codec(Function<Class<?>, ItemCodec<?>> codecs, Class<T> model) {
        return (ItemCodec<T>) codecs.apply(model);
    }
}
