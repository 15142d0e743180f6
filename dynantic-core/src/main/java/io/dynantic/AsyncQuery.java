package io.dynantic;

import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.schema.IndexModel;
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
public final class AsyncQuery<T> extends AsyncReader<T, AsyncQuery<T>> {
    AsyncQuery(DynamoDbAsyncClient client, ItemCodec<T> codec, @Nullable IndexModel index, Object partitionValue) {
        super(client, codec, index, ReadSteps.requirePartition(codec, index, partitionValue));
    }

    @Override
    AsyncQuery<T> self() {
        return this;
    }

    /** The sort key equals {@code value}. */
    public AsyncQuery<T> eq(Object value) {
        return sort(key -> key.eq(value), value);
    }

    /** The sort key is less than {@code value}. */
    public AsyncQuery<T> lt(Object value) {
        return sort(key -> key.lt(value), value);
    }

    /** The sort key is less than or equal to {@code value}. */
    public AsyncQuery<T> le(Object value) {
        return sort(key -> key.le(value), value);
    }

    /** The sort key is greater than {@code value}. */
    public AsyncQuery<T> gt(Object value) {
        return sort(key -> key.gt(value), value);
    }

    /** The sort key is greater than or equal to {@code value}. */
    public AsyncQuery<T> ge(Object value) {
        return sort(key -> key.ge(value), value);
    }

    /** {@code low <= sort key <= high}. */
    public AsyncQuery<T> between(Object low, Object high) {
        return sort(key -> key.between(low, high), low, high);
    }

    /** The sort key (a string or binary) starts with {@code prefix}. */
    public AsyncQuery<T> beginsWith(Object prefix) {
        return sort(key -> key.beginsWith(prefix), prefix);
    }

    /** Reads in descending sort-key order. */
    public AsyncQuery<T> descending() {
        this.descending = true;
        return this;
    }
}
