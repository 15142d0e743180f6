package io.dynantic.internal.operation;

import io.dynantic.BatchWriteException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The buffer behind the batch writers: checks each write as it is added, sends a batch once 25 writes
 * are buffered, and sends batches one after another, so that later writes to a key win as if every
 * write were sent in order. Each {@link #flush()} reports exactly the writes, of the batches sent up
 * to it, that retries could not do. After {@link #close()} nothing more can be added. Thread-safe.
 */
public final class BatchBuffer {
    private final Runner runner;
    private final Batches.Settings settings;
    private List<Batches.Entry> buffered = new ArrayList<>(Batches.WRITES_PER_REQUEST);
    /** The last batch sent; the next one waits for it. */
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    /** The outcomes of the batches sent since the last flush. */
    private List<CompletableFuture<Batches.WriteOutcome>> unreported = new ArrayList<>();

    private boolean closed;

    public BatchBuffer(Runner runner, Batches.Settings settings) {
        this.runner = runner;
        this.settings = settings;
    }

    /**
     * A buffered write.
     *
     * @param stored the item as a save stores it, null for a delete
     * @param sent the batch sent because the buffer was full, or null when nothing was sent
     */
    public record Added(@Nullable Object stored, @Nullable CompletableFuture<?> sent) {
        /** The item as the save stores it; for a buffered save, whose entry always has one. */
        public Object saved() {
            return Objects.requireNonNull(stored, "a delete stores no item");
        }
    }

    /**
     * Checks and buffers a write.
     *
     * @throws io.dynantic.ItemValidationException when the write is invalid; it is not buffered
     * @throws IllegalStateException after {@link #close()}
     */
    public synchronized Added add(Batches.Write write) {
        if (closed) {
            throw new IllegalStateException("the batch writer is closed; open a new one");
        }
        Batches.Entry entry = Batches.prepare(List.of(write)).get(0);
        buffered.add(entry);
        return new Added(entry.stored(), buffered.size() >= Batches.WRITES_PER_REQUEST ? send() : null);
    }

    private CompletableFuture<Batches.WriteOutcome> send() {
        List<Batches.Entry> batch = buffered;
        buffered = new ArrayList<>(Batches.WRITES_PER_REQUEST);
        CompletableFuture<Object> previous = sending.handle((ignored, error) -> null);
        // A sync client's request always runs on a worker, never on the thread that holds this buffer's lock (as it
        // would if the previous batch were done): other threads go on adding while it is in flight.
        CompletableFuture<Batches.WriteOutcome> outcome = runner.blocking()
                ? previous.thenComposeAsync(ignored -> Batches.write(runner, settings, batch), runner.afterWait())
                : Futures.then(previous, ignored -> Batches.write(runner, settings, batch));
        sending = outcome;
        unreported.add(outcome);
        return outcome;
    }

    /**
     * Sends what is buffered; the future completes once every batch sent so far is done, and fails
     * with {@link BatchWriteException} listing every write of those batches that was not done.
     */
    public synchronized CompletableFuture<Void> flush() {
        if (!buffered.isEmpty()) {
            send();
        }
        List<CompletableFuture<Batches.WriteOutcome>> mine = unreported;
        unreported = new ArrayList<>();
        return Futures.then(CompletableFuture.allOf(mine.toArray(CompletableFuture[]::new)), ignored -> {
            int requested = 0;
            List<Batches.Entry> left = new ArrayList<>();
            Throwable cause = null;
            for (CompletableFuture<Batches.WriteOutcome> f : mine) {
                Batches.WriteOutcome o = f.join();
                requested += o.requested();
                left.addAll(o.left());
                cause = o.cause() != null ? o.cause() : cause;
            }
            BatchWriteException failure =
                    BatchFailures.writeFailure(new Batches.WriteOutcome(requested, left, cause), settings);
            return failure == null ? CompletableFuture.completedFuture(null) : CompletableFuture.failedFuture(failure);
        });
    }

    /** As {@link #flush()}, after which nothing more can be added. */
    public synchronized CompletableFuture<Void> close() {
        closed = true;
        return flush();
    }
}
