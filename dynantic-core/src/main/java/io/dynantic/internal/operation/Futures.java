package io.dynantic.internal.operation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Future plumbing for the async path: results and failures pass on unwrapped, so that callers'
 * handlers see the library's exceptions themselves rather than {@code CompletionException}s.
 */
public final class Futures {
    private Futures() {}

    /** The exception inside completion wrappers. */
    public static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /** The future {@code call} returns; or, when it throws instead (invalid input), a future failed with that. */
    public static <R> CompletableFuture<R> attempt(Supplier<CompletableFuture<R>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** {@code future}'s result through {@code mapping}; a failure of either fails the result, unwrapped. */
    public static <A, B> CompletableFuture<B> map(
            CompletableFuture<A> future, Function<? super A, ? extends B> mapping) {
        CompletableFuture<B> out = new CompletableFuture<>();
        future.whenComplete((value, error) -> {
            if (error != null) {
                out.completeExceptionally(unwrap(error));
                return;
            }
            try {
                out.complete(mapping.apply(value));
            } catch (RuntimeException | Error e) {
                out.completeExceptionally(e);
            }
        });
        return out;
    }

    /** Then {@code next} on the result; a failure anywhere fails the result, unwrapped. */
    public static <A, B> CompletableFuture<B> then(
            CompletableFuture<A> future, Function<? super A, CompletableFuture<B>> next) {
        CompletableFuture<B> out = new CompletableFuture<>();
        future.whenComplete((value, error) -> {
            if (error != null) {
                out.completeExceptionally(unwrap(error));
                return;
            }
            CompletableFuture<B> following;
            try {
                following = next.apply(value);
            } catch (RuntimeException | Error e) {
                out.completeExceptionally(e);
                return;
            }
            following.whenComplete((result, failure) -> {
                if (failure != null) {
                    out.completeExceptionally(unwrap(failure));
                } else {
                    out.complete(result);
                }
            });
        });
        return out;
    }

    /** The result of a sync run of an async-shaped step: the value, or the failure rethrown unwrapped. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
