package io.dynantic.internal.operation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** One BatchGetItem request (at most 100 distinct keys): the items found and the keys left unprocessed. */
final class BatchGetItems extends Operation<BatchGetItemRequest, BatchGetItemResponse, BatchGetItems.Result> {
    /**
     * @param items the items found, by table name
     * @param unprocessed what DynamoDB did not read this time, by table name
     */
    record Result(Map<String, List<Map<String, AttributeValue>>> items, Map<String, KeysAndAttributes> unprocessed) {}

    private final Map<String, KeysAndAttributes> keys;

    /** @param keys by table name */
    BatchGetItems(Map<String, KeysAndAttributes> keys, String tables) {
        super("batch get", tables);
        this.keys = keys;
    }

    @Override
    BatchGetItemRequest request() {
        return BatchGetItemRequest.builder().requestItems(keys).build();
    }

    @Override
    BatchGetItemResponse call(DynamoDbClient client, BatchGetItemRequest request) {
        return client.batchGetItem(request);
    }

    @Override
    CompletableFuture<BatchGetItemResponse> call(DynamoDbAsyncClient client, BatchGetItemRequest request) {
        return client.batchGetItem(request);
    }

    @Override
    Result result(BatchGetItemResponse response) {
        return new Result(
                response.hasResponses() ? response.responses() : Map.of(),
                response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of());
    }
}
