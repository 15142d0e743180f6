package io.dynantic;

import io.dynantic.internal.operation.BatchBuffer;
import io.dynantic.internal.operation.Batches;
import io.dynantic.internal.operation.ItemCodec;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The async twin of {@link BatchWriter}, from {@link Dynantic#asyncBatchWriter()}: any mix of tables,
 * adding never blocks, {@link #flush()} and {@link #close()} return futures. Thread-safe.
 */
public final class AsyncBatchWriter {
    private final Function<Class<?>, ItemCodec<?>> codecs;
    private final BatchBuffer buffer;

    AsyncBatchWriter(Function<Class<?>, ItemCodec<?>> codecs, BatchBuffer buffer) {
        this.codecs = codecs;
        this.buffer = buffer;
    }

    /**
     * Buffers a save of {@code item}.
     *
     * @return the item as it will be stored (generated fields filled in)
     * @throws ItemValidationException when the item is invalid; it is not buffered
     */
    @SuppressWarnings("unchecked")
    public <S> S save(S item) {
        return (S) buffer.add(new Batches.Write.Save(codecs.apply(BatchWriter.classOf(item)), item))
                .saved();
    }

    /** Buffers a delete of the {@code model} item with {@code key}. */
    public void delete(Class<?> model, Key key) {
        buffer.add(new Batches.Write.Delete(codecs.apply(model), key));
    }

    /** Buffers a delete of {@code item}, by its key. */
    public void delete(Object item) {
        buffer.add(new Batches.Write.DeleteItem(codecs.apply(BatchWriter.classOf(item)), item));
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
