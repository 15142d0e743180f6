package io.dynantic;

import io.dynantic.internal.operation.BatchBuffer;
import io.dynantic.internal.operation.Batches;
import io.dynantic.internal.operation.ItemCodec;
import java.util.concurrent.CompletableFuture;

/**
 * The async twin of {@link TableBatchWriter}, from {@link AsyncTable#batchWriter()}: adding a write
 * never blocks (a full buffer is sent in the background, one batch after another, so a producer much
 * faster than DynamoDB queues batches in memory: flush now and then to keep up), and {@link #flush()}
 * and {@link #close()} return futures that fail with {@link BatchWriteException} listing what was not
 * done. Thread-safe.
 *
 * @param <T> the model type
 */
public final class AsyncTableBatchWriter<T> {
    private final ItemCodec<T> codec;
    private final BatchBuffer buffer;

    AsyncTableBatchWriter(ItemCodec<T> codec, BatchBuffer buffer) {
        this.codec = codec;
        this.buffer = buffer;
    }

    /**
     * Buffers a save of {@code item}.
     *
     * @return the item as it will be stored (generated fields filled in)
     * @throws ItemValidationException when the item is invalid; it is not buffered
     */
    @SuppressWarnings("unchecked")
    public <S extends T> S save(S item) {
        return (S) buffer.add(new Batches.Write.Save(codec, item)).saved();
    }

    /** Buffers a delete of the item with {@code key}. */
    public void delete(Key key) {
        buffer.add(new Batches.Write.Delete(codec, key));
    }

    /** Buffers a delete of {@code item}, by its key. */
    public void delete(T item) {
        buffer.add(new Batches.Write.DeleteItem(codec, item));
    }

    /** Sends what is buffered; fails with {@link BatchWriteException} for writes not done since the last flush. */
    public CompletableFuture<Void> flush() {
        return buffer.flush();
    }

    /** As {@link #flush()}; afterwards nothing more can be added ({@link IllegalStateException}). */
    public CompletableFuture<Void> close() {
        return buffer.close();
    }
}
