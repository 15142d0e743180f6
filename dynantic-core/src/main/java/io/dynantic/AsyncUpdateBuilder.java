package io.dynantic;

import io.dynantic.internal.operation.Futures;
import io.dynantic.internal.operation.ItemCodec;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The async twin of {@link UpdateBuilder}, from {@link AsyncTable#update(Key)} or {@link
 * AsyncTable#patch(Object)}: the same actions and checks; the results as futures that fail with the
 * exceptions {@link UpdateBuilder} throws. Not thread-safe.
 *
 * @param <T> the model type
 */
public final class AsyncUpdateBuilder<T> extends ItemUpdate<T, AsyncUpdateBuilder<T>> {
    private final DynamoDbAsyncClient client;

    AsyncUpdateBuilder(
            DynamoDbAsyncClient client, ItemCodec<T> codec, Key key, boolean byItem, @Nullable Object expectedVersion) {
        super(codec, key, byItem, expectedVersion);
        this.client = client;
    }

    @Override
    AsyncUpdateBuilder<T> self() {
        return this;
    }

    /** As {@link UpdateBuilder#execute()}. */
    public CompletableFuture<Optional<T>> execute() {
        return Futures.attempt(() -> {
            checkItemReturned();
            return Futures.map(operation().executeAsync(client), this::item);
        });
    }

    /** As {@link UpdateBuilder#executeForAttributes()}. */
    public CompletableFuture<UpdatedAttributes<T>> executeForAttributes() {
        return Futures.attempt(() -> Futures.map(operation().executeAsync(client), this::attributes));
    }
}
