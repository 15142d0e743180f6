package io.dynantic.internal.operation;

import io.dynantic.DynanticException;
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
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/** PutItem for {@code save} and {@code create}: returns the item as stored. */
public final class PutItem<T, S extends T> extends Operation<PutItemRequest, PutItemResponse, S> {
    private static final Logger LOG = LoggerFactory.getLogger("io.dynantic.operation");

    private final ItemCodec<T> codec;
    private final S item;
    private final WriteMode mode;
    private final @Nullable Condition<?> condition;
    /** Null until {@link #request()}, which runs before the call whose result or failure uses it. */
    private WriteDescription.@Nullable PutWrite write;

    public PutItem(ItemCodec<T> codec, S item, WriteMode mode, @Nullable Condition<?> condition) {
        super(mode == WriteMode.CREATE ? "create" : "save", codec.tableName());
        this.codec = codec;
        this.item = item;
        this.mode = mode;
        this.condition = condition;
    }

    @Override
    PutItemRequest request() {
        write = WriteDescription.put(codec, item, mode, condition);
        if (LOG.isDebugEnabled()) {
            LOG.debug("PutItem {} key {}", codec.tableName(), KeyHash.of(write.key()));
        }
        return write.request();
    }

    @Override
    PutItemResponse call(DynamoDbClient client, PutItemRequest request) {
        return client.putItem(request);
    }

    @Override
    CompletableFuture<PutItemResponse> call(DynamoDbAsyncClient client, PutItemRequest request) {
        return client.putItem(request);
    }

    @Override
    @SuppressWarnings("unchecked")
    S result(PutItemResponse response) {
        return (S) Objects.requireNonNull(write).stored();
    }

    @Override
    DynanticException failure(SdkException e) {
        if (e instanceof ConditionalCheckFailedException failed) {
            return ConditionFailures.of(Objects.requireNonNull(write), failed);
        }
        return super.failure(e);
    }
}
