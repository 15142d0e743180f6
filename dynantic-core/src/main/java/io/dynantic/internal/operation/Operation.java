package io.dynantic.internal.operation;

import io.dynantic.DynanticException;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One DynamoDB call: build the request (validating everything first), call the client, map the
 * response, translate failures. The sync and async tables run the same operation objects, so each
 * of these steps is written once; only the call itself differs.
 *
 * @param <Q> the request type
 * @param <S> the response type
 * @param <R> the result the caller gets
 */
public abstract class Operation<Q, S, R> {
    private final String name;
    private final String tableName;

    Operation(String name, String tableName) {
        this.name = name;
        this.tableName = tableName;
    }

    /** Builds the request; throws before anything is sent when the input is invalid. */
    abstract Q request();

    abstract S call(DynamoDbClient client, Q request);

    abstract CompletableFuture<S> call(DynamoDbAsyncClient client, Q request);

    abstract R result(S response);

    /** The library exception for an SDK failure of this operation. */
    DynanticException failure(SdkException e) {
        return Errors.translate(e, name, tableName);
    }

    /** Runs the operation on a sync client. */
    public final R execute(DynamoDbClient client) {
        Q request = request();
        S response;
        try {
            response = call(client, request);
        } catch (SdkException e) {
            throw failure(e);
        }
        return result(response);
    }

    /**
     * Runs the operation on an async client, without blocking. The future fails with the exception
     * the sync run would throw, not wrapped in a {@code CompletionException}.
     */
    public final CompletableFuture<R> executeAsync(DynamoDbAsyncClient client) {
        CompletableFuture<R> out = new CompletableFuture<>();
        CompletableFuture<S> call;
        try {
            call = call(client, request());
        } catch (RuntimeException e) {
            out.completeExceptionally(e instanceof SdkException sdk ? failure(sdk) : e);
            return out;
        }
        call.whenComplete((response, error) -> {
            if (error != null) {
                Throwable cause = Futures.unwrap(error);
                out.completeExceptionally(cause instanceof SdkException sdk ? failure(sdk) : cause);
                return;
            }
            try {
                out.complete(result(response));
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
            }
        });
        return out;
    }
}
