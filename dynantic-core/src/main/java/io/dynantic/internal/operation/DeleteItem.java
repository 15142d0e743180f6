package io.dynantic.internal.operation;

import io.dynantic.DynanticException;
import io.dynantic.Key;
import io.dynantic.expression.Condition;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;

/** DeleteItem for {@code delete}, with the caller's condition and the item's version check. */
public final class DeleteItem<T> extends Operation<DeleteItemRequest, DeleteItemResponse, Void> {
    private static final Logger LOG = LoggerFactory.getLogger("io.dynantic.operation");

    private final ItemCodec<T> codec;
    private final Key key;
    private final @Nullable Condition<?> condition;
    private final boolean byItem;
    private final @Nullable Object expectedVersion;
    /** Null until {@link #request()}, which runs before the call whose failure it explains. */
    private WriteDescription.@Nullable DeleteWrite write;

    /** The delete of the item with {@code key}. */
    public DeleteItem(ItemCodec<T> codec, Key key, @Nullable Condition<?> condition) {
        this(codec, key, condition, false, null);
    }

    /** The delete of {@code item}: for a versioned model, only while the stored version is the item's. */
    public DeleteItem(ItemCodec<T> codec, ItemCodec.Identity item, @Nullable Condition<?> condition) {
        this(codec, item.key(), condition, true, item.version());
    }

    private DeleteItem(
            ItemCodec<T> codec,
            Key key,
            @Nullable Condition<?> condition,
            boolean byItem,
            @Nullable Object expectedVersion) {
        super("delete", codec.tableName());
        this.codec = codec;
        this.key = key;
        this.condition = condition;
        this.byItem = byItem;
        this.expectedVersion = expectedVersion;
    }

    @Override
    DeleteItemRequest request() {
        write = WriteDescription.delete(codec, key, condition, byItem, expectedVersion);
        if (LOG.isDebugEnabled()) {
            LOG.debug("DeleteItem {} key {}", codec.tableName(), KeyHash.of(write.key()));
        }
        return write.request();
    }

    @Override
    DeleteItemResponse call(DynamoDbClient client, DeleteItemRequest request) {
        return client.deleteItem(request);
    }

    @Override
    CompletableFuture<DeleteItemResponse> call(DynamoDbAsyncClient client, DeleteItemRequest request) {
        return client.deleteItem(request);
    }

    @Override
    Void result(DeleteItemResponse response) {
        return null;
    }

    @Override
    DynanticException failure(SdkException e) {
        if (e instanceof ConditionalCheckFailedException failed) {
            return ConditionFailures.of(Objects.requireNonNull(write), failed);
        }
        return super.failure(e);
    }
}
