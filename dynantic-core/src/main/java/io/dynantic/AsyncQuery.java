package io.dynantic;

import io.dynantic.expression.Attribute;
import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.schema.IndexModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The async twin of {@link Query}, from {@link AsyncTable#query(Object)} or {@link
 * AsyncIndex#query(Object)}: the same steps; results as futures or a {@link #publisher()}. Not
 * thread-safe.
 *
 * <pre>{@code
 * CompletableFuture<List<User>> recent = ausers.query("mario").beginsWith("2023").list();
 * }</pre>
 *
 * @param <T> the model type
 */
public final class AsyncQuery<T> extends AsyncReader<T, AsyncQuery<T>> implements SortKeyConditions<AsyncQuery<T>> {
    AsyncQuery(DynamoDbAsyncClient client, ItemCodec<T> codec, @Nullable IndexModel index, Object partitionValue) {
        super(client, codec, index, ReadSteps.requirePartition(codec, index, partitionValue));
    }

    @Override
    AsyncQuery<T> self() {
        return this;
    }

    /** Reads in descending sort-key order. */
    public AsyncQuery<T> descending() {
        this.descending = true;
        return this;
    }

    /** As {@link Query#values(Attribute, Attribute, Attribute...)}. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read
    public final CompletableFuture<List<Map<String, Object>>> values(
            Attribute<? super T, ?> first, Attribute<? super T, ?> second, Attribute<? super T, ?>... more) {
        return values(paths(first, second, more));
    }
}
