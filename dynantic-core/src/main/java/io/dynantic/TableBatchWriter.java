package io.dynantic;

import io.dynantic.internal.operation.BatchBuffer;
import io.dynantic.internal.operation.Batches;
import io.dynantic.internal.operation.Futures;
import io.dynantic.internal.operation.ItemCodec;

/**
 * Buffers saves and deletes of one table and sends them with BatchWriteItem, 25 at a time as the
 * buffer fills, and the rest on {@link #flush()} or {@link #close()}; from {@link Table#batchWriter()}.
 * Writes are checked as they are added ({@link ItemValidationException}, and the write is not
 * buffered). Later writes of a key win, as if every write were sent in order. BatchWriteItem has no
 * conditions, so a {@code @Version} is set (new items 1, others the item's plus one) but not checked.
 * Thread-safe.
 *
 * <pre>{@code
 * try (TableBatchWriter<User> batch = users.batchWriter()) {
 *     batch.save(u1);
 *     batch.delete(Key.of("u3", "c"));
 * }   // throws BatchWriteException listing the writes that retries could not do
 * }</pre>
 *
 * @param <T> the model type
 */
public final class TableBatchWriter<T> implements AutoCloseable {
    private final ItemCodec<T> codec;
    private final BatchBuffer buffer;

    TableBatchWriter(ItemCodec<T> codec, BatchBuffer buffer) {
        this.codec = codec;
        this.buffer = buffer;
    }

    /**
     * Buffers a save of {@code item}, sending a batch when 25 writes are buffered.
     *
     * @return the item as it will be stored (generated fields filled in)
     */
    @SuppressWarnings("unchecked")
    public <S extends T> S save(S item) {
        return (S) await(buffer.add(new Batches.Write.Save(codec, item))).saved();
    }

    /** Buffers a delete of the item with {@code key}. */
    public void delete(Key key) {
        await(buffer.add(new Batches.Write.Delete(codec, key)));
    }

    /** Buffers a delete of {@code item}, by its key. */
    public void delete(T item) {
        await(buffer.add(new Batches.Write.DeleteItem(codec, item)));
    }

    /** Waits for the batch a write made full, if any, and gives the write back. */
    static BatchBuffer.Added await(BatchBuffer.Added added) {
        if (added.sent() != null) {
            Futures.join(added.sent());
        }
        return added;
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
