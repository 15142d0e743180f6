package io.dynantic.local.api;

import java.util.List;
import java.util.Map;

/** A BatchWriteItem request: the writes, by table name, in the order given. */
public record BatchWriteItemRequest(
        Map<String, List<WriteRequest>> requestItems, ReturnConsumedCapacity returnConsumedCapacity) {
    public BatchWriteItemRequest {
        returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
        requestItems = Copies.orEmpty(requestItems);
    }

    /** This request without ReturnConsumedCapacity (NONE). */
    public BatchWriteItemRequest(Map<String, List<WriteRequest>> requestItems) {
        this(requestItems, null);
    }

    /** This request with ReturnConsumedCapacity. */
    public BatchWriteItemRequest withReturnConsumedCapacity(ReturnConsumedCapacity value) {
        return new BatchWriteItemRequest(requestItems, value);
    }
}
