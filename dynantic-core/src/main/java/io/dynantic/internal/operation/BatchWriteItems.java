package io.dynantic.internal.operation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** One BatchWriteItem request (at most 25 writes, no two on one key); gives the unprocessed writes. */
final class BatchWriteItems
        extends Operation<BatchWriteItemRequest, BatchWriteItemResponse, Map<String, List<WriteRequest>>> {
    private final Map<String, List<WriteRequest>> writes;

    /** @param writes by table name */
    BatchWriteItems(Map<String, List<WriteRequest>> writes, String tables) {
        super("batch write", tables);
        this.writes = writes;
    }

    @Override
    BatchWriteItemRequest request() {
        return BatchWriteItemRequest.builder().requestItems(writes).build();
    }

    @Override
    BatchWriteItemResponse call(DynamoDbClient client, BatchWriteItemRequest request) {
        return client.batchWriteItem(request);
    }

    @Override
    CompletableFuture<BatchWriteItemResponse> call(DynamoDbAsyncClient client, BatchWriteItemRequest request) {
        return client.batchWriteItem(request);
    }

    @Override
    Map<String, List<WriteRequest>> result(BatchWriteItemResponse response) {
        return response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
    }
}
