package io.dynantic;

import io.dynantic.internal.operation.BatchBuffer;
import io.dynantic.internal.operation.Batches;
import io.dynantic.internal.operation.Futures;
import io.dynantic.internal.operation.ItemCodec;
import java.util.function.Function;

/**
 * Buffers saves and deletes of any mix of tables and models and sends them with BatchWriteItem, as
 * {@link TableBatchWriter} does for one table; from {@link Dynantic#batchWriter()}. The model of a
 * saved item is its class (or the polymorphic base it belongs to). Thread-safe.
 *
 * <pre>{@code
 * try (BatchWriter batch = dyn.batchWriter()) {
 *     batch.save(user);
 *     batch.save(order);
 *     batch.delete(User.class, Key.of("u3", "c"));
 * }
 * }</pre>
 */
public final class BatchWriter implements AutoCloseable {
    private final Function<Class<?>, ItemCodec<?>> codecs;
    private final BatchBuffer buffer;

    BatchWriter(Function<Class<?>, ItemCodec<?>> codecs, BatchBuffer buffer) {
        this.codecs = codecs;
        this.buffer = buffer;
    }

    /**
     * Buffers a save of {@code item}, sending a batch when 25 writes are buffered.
     *
     * @return the item as it will be stored (generated fields filled in)
     * @throws ModelDefinitionException when the item's class is not a model
     */
    @SuppressWarnings("unchecked")
    public <S> S save(S item) {
        return (S) TableBatchWriter.await(
                        buffer.add(new Batches.Write.Save(codecs.apply(BatchWriter.classOf(item)), item)))
                .saved();
    }

    /** Buffers a delete of the {@code model} item with {@code key}. */
    public void delete(Class<?> model, Key key) {
        TableBatchWriter.await(buffer.add(new Batches.Write.Delete(codecs.apply(model), key)));
    }

    /** Buffers a delete of {@code item}, by its key. */
    public void delete(Object item) {
        TableBatchWriter.await(buffer.add(new Batches.Write.DeleteItem(codecs.apply(BatchWriter.classOf(item)), item)));
    }

    /** The class of an item to write, refusing null as every write does. */
    static Class<?> classOf(Object item) {
        if (item == null) {
            throw new ItemValidationException(
                    java.util.List.of(new ItemValidationException.Violation("item", "the item is null")));
        }
        return item.getClass();
    }

    /**
     * Sends what is buffered.
     *
     * @throws BatchWriteException listing every write not done since the last flush
     */
    public void flush() {
        Futures.join(buffer.flush());
    }

    /**
     * Sends what is buffered, as {@link #flush()}; afterwards nothing more can be added ({@link
     * IllegalStateException}).
     *
     * @throws BatchWriteException listing every write not done since the last flush
     */
    @Override
    public void close() {
        Futures.join(buffer.close());
    }
}
