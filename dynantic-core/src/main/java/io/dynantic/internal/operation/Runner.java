package io.dynantic.internal.operation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The one way the library runs DynamoDB calls: on a sync client (each call blocks the thread it runs
 * on and gives a completed future) or an async one. Sequences of calls (paging), waits (table
 * administration and retries with {@link Backoff}) and bounded fan-out (batch chunks, parallel scan
 * segments) are written once here, as future chains, for both: sync tables join the result, async
 * tables return it. Thread-safe.
 *
 * <p>Sync fan-out runs on one shared pool of daemon threads that grows with demand and shrinks when
 * idle; each call bounds how many of its tasks run at once. Async fan-out needs no threads.
 */
public abstract class Runner {
    /** Threads for sync fan-out and for sync work after a wait. Shared by every table. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "dynantic-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    private Runner() {}

    /** Runs calls on a sync client. */
    public static Runner of(DynamoDbClient client) {
        return new Sync(client);
    }

    /** Runs calls on an async client. */
    public static Runner of(DynamoDbAsyncClient client) {
        return new Async(client);
    }

    /** Runs one operation; the future fails with the library's exception, unwrapped. */
    public abstract <R> CompletableFuture<R> run(Operation<?, ?, R> operation);

    /**
     * Makes a call that is not an {@link Operation}: {@code sync} on a sync client, {@code async} on an
     * async one. Failures come back as they are (unwrapped), for the caller to translate.
     */
    public abstract <S> CompletableFuture<S> call(
            Function<DynamoDbClient, S> sync, Function<DynamoDbAsyncClient, CompletableFuture<S>> async);

    /** Where work after a wait goes: sync work may block, so it needs a thread of its own. */
    abstract Executor afterWait();

    /** Whether fanned-out tasks need threads to run at once. */
    abstract boolean blocking();

    /** A future that completes after {@code delay}, without holding a thread meanwhile. */
    public final CompletableFuture<Void> delay(Duration delay) {
        Executor later = CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, afterWait());
        return CompletableFuture.runAsync(() -> {}, later);
    }

    /** Then {@code next} after {@code delay}. */
    public final <R> CompletableFuture<R> after(Duration delay, Supplier<CompletableFuture<R>> next) {
        return Futures.then(delay(delay), ignored -> next.get());
    }

    /** Runs a read's requests one after another until it is done (paging). */
    public final <R> CompletableFuture<R> loop(Paging.Steps<R> steps) {
        CompletableFuture<R> out = new CompletableFuture<>();
        step(steps, out);
        return out;
    }

    private <R> void step(Paging.Steps<R> steps, CompletableFuture<R> out) {
        // Iterates while pages arrive already completed (a sync client), so that the stack stays flat.
        while (true) {
            CompletableFuture<Boolean> done;
            try {
                done = Futures.map(run(steps.next()), steps::accept);
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
                return;
            }
            if (!done.isDone()) {
                done.whenComplete((finished, error) -> {
                    if (error != null) {
                        out.completeExceptionally(Futures.unwrap(error));
                    } else if (finished) {
                        complete(steps, out);
                    } else {
                        step(steps, out);
                    }
                });
                return;
            }
            if (done.isCompletedExceptionally()) {
                done.whenComplete((finished, error) -> out.completeExceptionally(Futures.unwrap(error)));
                return;
            }
            if (done.join()) {
                complete(steps, out);
                return;
            }
        }
    }

    private static <R> void complete(Paging.Steps<R> steps, CompletableFuture<R> out) {
        try {
            out.complete(steps.result());
        } catch (RuntimeException e) {
            out.completeExceptionally(e);
        }
    }

    /**
     * Runs {@code task} for every input, at most {@code inFlight} at once, and gives the results in
     * input order. The first failure fails the result and starts no further task.
     */
    public final <A, R> CompletableFuture<List<R>> fanOut(
            List<A> inputs, int inFlight, Function<A, CompletableFuture<R>> task) {
        CompletableFuture<List<R>> out = new CompletableFuture<>();
        if (inputs.isEmpty()) {
            out.complete(List.of());
            return out;
        }
        if (inputs.size() == 1) {
            return Futures.map(start(task, inputs.get(0), false), List::of);
        }
        FanOut<A, R> fan = new FanOut<>(inputs, task, blocking(), out);
        for (int i = 0; i < Math.min(Math.max(inFlight, 1), inputs.size()); i++) {
            fan.launch();
        }
        return out;
    }

    /**
     * One fan-out: each of its lanes starts the next task when the previous one finishes. Tasks that
     * finish at once (a sync client, a failure before sending) are taken in a loop rather than by
     * recursion, so that thousands of them cannot overflow the stack.
     */
    private static final class FanOut<A, R> {
        private final List<A> inputs;
        private final Function<A, CompletableFuture<R>> task;
        private final boolean fork;
        private final CompletableFuture<List<R>> out;
        private final Object[] results;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private final AtomicBoolean failed = new AtomicBoolean();

        FanOut(List<A> inputs, Function<A, CompletableFuture<R>> task, boolean fork, CompletableFuture<List<R>> out) {
            this.inputs = inputs;
            this.task = task;
            this.fork = fork;
            this.out = out;
            this.results = new Object[inputs.size()];
        }

        /** Runs one lane until it has to wait for a task. */
        void launch() {
            while (true) {
                int i = next.getAndIncrement();
                if (i >= inputs.size() || failed.get()) {
                    return;
                }
                CompletableFuture<R> running = start(task, inputs.get(i), fork);
                if (!running.isDone()) {
                    running.whenComplete((result, error) -> {
                        if (done(i, result, error)) {
                            launch();
                        }
                    });
                    return;
                }
                R result = null;
                Throwable error = null;
                try {
                    result = running.join();
                } catch (RuntimeException e) {
                    error = e;
                }
                if (!done(i, result, error)) {
                    return;
                }
            }
        }

        /** Records a task's outcome; whether the lane should go on. */
        private boolean done(int i, @Nullable R result, @Nullable Throwable error) {
            if (error != null) {
                if (failed.compareAndSet(false, true)) {
                    out.completeExceptionally(Futures.unwrap(error));
                }
                return false;
            }
            results[i] = result;
            if (finished.incrementAndGet() == inputs.size()) {
                out.complete(castAll(results));
                return false;
            }
            return true;
        }
    }

    private static <A, R> CompletableFuture<R> start(Function<A, CompletableFuture<R>> task, A input, boolean fork) {
        if (fork) {
            return CompletableFuture.supplyAsync(() -> task.apply(input), WORKERS)
                    .thenCompose(Function.identity());
        }
        try {
            return task.apply(input);
        } catch (RuntimeException | Error e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> List<R> castAll(Object[] results) {
        return (List<R>) new ArrayList<>(Arrays.asList(results));
    }

    /**
     * Runs CPU-bound {@code work} over {@code [0, size)} in slices of {@code sliceSize}: the first on
     * the calling thread, the others on the shared workers, so that a large batch is checked on every
     * core. Gives the slices' results in order; a failure of any is thrown, unwrapped.
     */
    public static <R> List<R> slices(int size, int sliceSize, java.util.function.BiFunction<Integer, Integer, R> work) {
        if (size <= sliceSize) {
            return List.of(work.apply(0, size));
        }
        List<CompletableFuture<R>> rest = new ArrayList<>();
        for (int from = sliceSize; from < size; from += sliceSize) {
            int start = from;
            int end = Math.min(size, from + sliceSize);
            rest.add(CompletableFuture.supplyAsync(() -> work.apply(start, end), WORKERS));
        }
        List<R> out = new ArrayList<>(rest.size() + 1);
        out.add(work.apply(0, sliceSize));
        for (CompletableFuture<R> slice : rest) {
            out.add(Futures.join(slice));
        }
        return out;
    }

    /**
     * Capped exponential backoff with full jitter: before retry {@code n} (1 after the first attempt)
     * wait a random time from zero to {@code min(cap, base * 2^(n-1))}.
     *
     * @param attempts how many attempts in all, the first included
     */
    public record Backoff(int attempts, Duration base, Duration cap) {
        public Backoff {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
            }
            if (base.isNegative() || cap.isNegative()) {
                throw new IllegalArgumentException("backoff delays cannot be negative");
            }
        }

        /** The wait before retry {@code n}. */
        public Duration delay(int n) {
            long doubled = base.toNanos();
            for (int i = 1; i < n && doubled < cap.toNanos() && doubled <= Long.MAX_VALUE / 2; i++) {
                doubled *= 2;
            }
            long ceiling = Math.min(cap.toNanos(), doubled);
            if (ceiling <= 0) {
                return Duration.ZERO;
            }
            return Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling + 1));
        }
    }

    private static final class Sync extends Runner {
        private final DynamoDbClient client;

        Sync(DynamoDbClient client) {
            this.client = client;
        }

        @Override
        public <R> CompletableFuture<R> run(Operation<?, ?, R> operation) {
            try {
                return CompletableFuture.completedFuture(operation.execute(client));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        @Override
        public <S> CompletableFuture<S> call(
                Function<DynamoDbClient, S> sync, Function<DynamoDbAsyncClient, CompletableFuture<S>> async) {
            try {
                return CompletableFuture.completedFuture(sync.apply(client));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        @Override
        Executor afterWait() {
            return WORKERS;
        }

        @Override
        boolean blocking() {
            return true;
        }
    }

    private static final class Async extends Runner {
        private final DynamoDbAsyncClient client;

        Async(DynamoDbAsyncClient client) {
            this.client = client;
        }

        @Override
        public <R> CompletableFuture<R> run(Operation<?, ?, R> operation) {
            return operation.executeAsync(client);
        }

        @Override
        public <S> CompletableFuture<S> call(
                Function<DynamoDbClient, S> sync, Function<DynamoDbAsyncClient, CompletableFuture<S>> async) {
            try {
                return async.apply(client);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        @Override
        Executor afterWait() {
            return ForkJoinPool.commonPool();
        }

        @Override
        boolean blocking() {
            return false;
        }
    }
}
