package io.dynantic.internal.operation;

import io.dynantic.BatchWriteException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The buffer behind the batch writers: checks each write as it is added, sends a batch of 25 once
 * that many are buffered, and sends batches one after another, so that later writes to a key win as
 * if every write were sent in order. What retries could not write is kept until the next {@link
 * #flush()} reports it. Thread-safe.
 */
public final class BatchBuffer {
    private final Runner runner;
    private final Batches.Settings settings;
    private List<Batches.Entry> buffered = new ArrayList<>(Batches.WRITES_PER_REQUEST);
    private CompletableFuture<Void> sending = CompletableFuture.completedFuture(null);
    private final List<Batches.Entry> left = new ArrayList<>();
    private Throwable cause;
    private int written;

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
    public record Added(Object stored, CompletableFuture<Void> sent) {}

    /**
     * Checks and buffers a write.
     *
     * @throws io.dynantic.ItemValidationException when the write is invalid; it is not buffered
     */
    public synchronized Added add(Batches.Write write) {
        Batches.Entry entry = Batches.prepare(List.of(write)).get(0);
        buffered.add(entry);
        return new Added(entry.stored(), buffered.size() >= Batches.WRITES_PER_REQUEST ? send() : null);
    }

    private CompletableFuture<Void> send() {
        List<Batches.Entry> batch = buffered;
        buffered = new ArrayList<>(Batches.WRITES_PER_REQUEST);
        sending = Futures.then(
                sending,
                ignored -> Futures.map(Batches.write(runner, settings, batch), outcome -> {
                    record(outcome);
                    return null;
                }));
        return sending;
    }

    private synchronized void record(Batches.WriteOutcome outcome) {
        written += outcome.requested();
        left.addAll(outcome.left());
        if (outcome.cause() != null) {
            cause = outcome.cause();
        }
    }

    /**
     * Sends what is buffered; the future completes once every batch so far is sent, and fails with
     * {@link BatchWriteException} listing every write not done since the last flush.
     */
    public synchronized CompletableFuture<Void> flush() {
        send();
        return Futures.then(sending, ignored -> {
            BatchWriteException failure = takeLeftovers();
            return failure == null ? CompletableFuture.completedFuture(null) : CompletableFuture.failedFuture(failure);
        });
    }

    private synchronized BatchWriteException takeLeftovers() {
        BatchWriteException failure = left.isEmpty()
                ? null
                : BatchFailures.writeFailure(new Batches.WriteOutcome(written, left, cause), settings);
        left.clear();
        cause = null;
        written = 0;
        return failure;
    }
}
