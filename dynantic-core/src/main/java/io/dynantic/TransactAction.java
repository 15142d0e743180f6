package io.dynantic;

import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.operation.WriteDescription;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One action of {@link Dynantic#transactWrite}: a {@link TransactPut}, {@link TransactUpdate},
 * {@link TransactDelete} or {@link TransactConditionCheck}. Each is checked and encoded exactly as its
 * single-item twin ({@code save}, {@code update}, {@code delete}, a condition) is, the model's
 * versions, timestamps and discriminator included. Immutable.
 */
public abstract class TransactAction {
    /** The description made last, with the codec it was made for. */
    private volatile @Nullable Described described;

    private final Object lock = new Object();

    private record Described(ItemCodec<?> codec, WriteDescription write) {}

    TransactAction() {}

    /** The model class the action writes. */
    abstract Class<?> model();

    /** The action as its single-item twin describes it; throws {@link ItemValidationException}. */
    abstract WriteDescription describe(ItemCodec<?> codec);

    /**
     * The action's description, made once per table: generated keys and timestamps are fixed when the
     * action is first sent, so that sending the same actions again (with the same idempotency token)
     * sends the same request.
     */
    final WriteDescription description(Function<Class<?>, ItemCodec<?>> codecs) {
        ItemCodec<?> codec = codecs.apply(model());
        Described last = described;
        if (last != null && last.codec() == codec) {
            return last.write();
        }
        // One description even when threads send the action at once: two would differ in generated values.
        synchronized (lock) {
            last = described;
            if (last != null && last.codec() == codec) {
                return last.write();
            }
            WriteDescription write = describe(codec);
            described = new Described(codec, write);
            return write;
        }
    }
}
