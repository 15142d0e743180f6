package io.dynantic;

import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.schema.IndexModel;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The async twin of {@link Index}, from {@link AsyncTable#index(String)}. Immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class AsyncIndex<T> {
    private final DynamoDbAsyncClient client;
    private final ItemCodec<T> codec;
    private final IndexModel index;

    AsyncIndex(DynamoDbAsyncClient client, ItemCodec<T> codec, IndexModel index) {
        this.client = client;
        this.codec = codec;
        this.index = index;
    }

    /** The index name. */
    public String name() {
        return index.name();
    }

    /** Whether it is a global secondary index (else a local one). */
    public boolean global() {
        return index.global();
    }

    /**
     * The items whose index partition key is {@code partitionKey} (for a local index, the table's
     * partition key), sorted by the index's sort key.
     */
    public AsyncQuery<T> query(Object partitionKey) {
        return new AsyncQuery<>(client, codec, index, partitionKey);
    }

    /** Every item in the index. */
    public AsyncScan<T> scan() {
        return new AsyncScan<>(client, codec, index);
    }

    @Override
    public String toString() {
        return "AsyncIndex[" + index.name() + " of " + codec.tableName() + "]";
    }
}
