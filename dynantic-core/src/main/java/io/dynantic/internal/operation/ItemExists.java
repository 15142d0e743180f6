package io.dynantic.internal.operation;

import io.dynantic.Key;
import io.dynantic.expression.Path;
import io.dynantic.internal.expression.Placeholders;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** GetItem projected to the key (and discriminator), for {@code exists}. */
public final class ItemExists<T> extends Operation<GetItemRequest, GetItemResponse, Boolean> {
    private final ItemCodec<T> codec;
    private final Key key;

    public ItemExists(ItemCodec<T> codec, Key key) {
        super("exists", codec.tableName());
        this.codec = codec;
        this.key = key;
    }

    @Override
    GetItemRequest request() {
        Placeholders placeholders = new Placeholders();
        String projection =
                placeholders.path(Path.of(codec.model().partitionKey().attributeName()));
        if (codec.model().discriminator() != null) {
            projection += ", " + placeholders.path(Path.of(codec.model().discriminator()));
        }
        return GetItemRequest.builder()
                .tableName(codec.tableName())
                .key(codec.key(key))
                .projectionExpression(projection)
                .expressionAttributeNames(placeholders.names())
                .build();
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
    Boolean result(GetItemResponse response) {
        return response.hasItem() && !response.item().isEmpty() && codec.model().owns(response.item());
    }
}
