package io.dynantic;

import io.dynantic.internal.operation.Futures;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * One subscription to the items of a read, page by page: a page is fetched only when the buffer is
 * empty and the subscriber has demand, so at most one page is held. Signals to the subscriber are
 * serialised (one thread at a time), as the Reactive Streams rules require.
 */
final class PagePublisher<T> implements Flow.Subscription {
    /** Where pages come from. */
    interface Source<T> {
        /** The next page's items. */
        CompletableFuture<List<T>> next();

        /** Whether every page has been fetched. */
        boolean done();
    }

    private final Flow.Subscriber<? super T> subscriber;
    private final Source<T> source;
    private final ArrayDeque<T> buffer = new ArrayDeque<>();
    private long demand;
    private boolean fetching;
    private boolean finished;
    private boolean draining;
    private boolean again;

    PagePublisher(Flow.Subscriber<? super T> subscriber, Source<T> source) {
        this.subscriber = subscriber;
        this.source = source;
    }

    void start() {
        subscriber.onSubscribe(this);
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            fail(new IllegalArgumentException("a subscriber must request a positive number of items, not " + n));
            return;
        }
        synchronized (this) {
            demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
        }
        drain();
    }

    @Override
    public synchronized void cancel() {
        finished = true;
        buffer.clear();
    }

    /** Delivers what demand allows; the thread that finds work in progress leaves it to that thread. */
    private void drain() {
        synchronized (this) {
            if (draining) {
                again = true;
                return;
            }
            draining = true;
        }
        while (true) {
            T item = null;
            boolean complete = false;
            boolean fetch = false;
            synchronized (this) {
                if (finished) {
                    draining = false;
                    return;
                }
                if (demand > 0 && !buffer.isEmpty()) {
                    item = buffer.poll();
                    demand--;
                } else if (buffer.isEmpty() && !fetching && source.done()) {
                    complete = true;
                    finished = true;
                } else if (buffer.isEmpty() && !fetching && demand > 0) {
                    fetching = true;
                    fetch = true;
                } else if (again) {
                    again = false;
                    continue;
                } else {
                    draining = false;
                    return;
                }
            }
            if (item != null) {
                subscriber.onNext(item);
            } else if (complete) {
                subscriber.onComplete();
                return;
            } else if (fetch) {
                fetch();
            }
        }
    }

    private void fetch() {
        CompletableFuture<List<T>> page;
        try {
            page = source.next();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        page.whenComplete((items, error) -> {
            if (error != null) {
                fail(Futures.unwrap(error));
                return;
            }
            synchronized (this) {
                fetching = false;
                if (!finished) {
                    buffer.addAll(items);
                }
            }
            drain();
        });
    }

    private void fail(Throwable error) {
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            buffer.clear();
        }
        subscriber.onError(error);
    }
}
