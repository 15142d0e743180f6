package io.dynantic.internal.operation;

import io.dynantic.Key;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** GetItem for {@code get}: empty when there is no item, or it belongs to another subtype. */
public final class GetItem<T> extends Operation<GetItemRequest, GetItemResponse, Optional<T>> {
    private static final Logger LOG = LoggerFactory.getLogger("io.dynantic.operation");

    private final ItemCodec<T> codec;
    private final Key key;
    private final boolean consistent;

    public GetItem(ItemCodec<T> codec, Key key, boolean consistent) {
        super("get", codec.tableName());
        this.codec = codec;
        this.key = key;
        this.consistent = consistent;
    }

    @Override
    GetItemRequest request() {
        Map<String, AttributeValue> encoded = codec.key(key);
        if (LOG.isDebugEnabled()) {
            LOG.debug("GetItem {} key {}", codec.tableName(), KeyHash.of(encoded));
        }
        GetItemRequest.Builder request =
                GetItemRequest.builder().tableName(codec.tableName()).key(encoded);
        // Eventually consistent is DynamoDB's default: nothing to send for it.
        return consistent ? request.consistentRead(true).build() : request.build();
    }

    @Override
    GetItemResponse call(DynamoDbClient client, GetItemRequest request) {
        return client.getItem(request);
    }

    @Override
    CompletableFuture<GetItemResponse> call(DynamoDbAsyncClient client, GetItemRequest request) {
        return client.getItem(request);
    }

    @Override
    Optional<T> result(GetItemResponse response) {
        if (!response.hasItem() || response.item().isEmpty() || !codec.model().owns(response.item())) {
            return Optional.empty();
        }
        return Optional.of(codec.read(response.item()));
    }
}
