package io.dynantic;

import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.schema.IndexModel;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A secondary index the model declares, from {@link Table#index(String)}: queries by the index's
 * keys and scans of the index. Items come back whole (the indexes {@code createTable} makes project
 * all attributes). Immutable and thread-safe.
 *
 * <pre>{@code
 * users.index("by-status").query("ACTIVE").gt(since).list();
 * }</pre>
 *
 * @param <T> the model type
 */
public final class Index<T> {
    private final DynamoDbClient client;
    private final ItemCodec<T> codec;
    private final IndexModel index;

    Index(DynamoDbClient client, ItemCodec<T> codec, IndexModel index) {
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
    public Query<T> query(Object partitionKey) {
        return new Query<>(client, codec, index, partitionKey);
    }

    /** Every item in the index. */
    public Scan<T> scan() {
        return new Scan<>(client, codec, index);
    }

    @Override
    public String toString() {
        return "Index[" + index.name() + " of " + codec.tableName() + "]";
    }
}
