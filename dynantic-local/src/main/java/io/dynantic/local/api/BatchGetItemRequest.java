package io.dynantic.local.api;

import java.util.Map;

/** A BatchGetItem request: the keys to read, by table name, in the order given. */
public record BatchGetItemRequest(
        Map<String, KeysAndAttributes> requestItems, ReturnConsumedCapacity returnConsumedCapacity) {
    public BatchGetItemRequest {
        returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
        requestItems = Copies.orEmpty(requestItems);
    }

    /** This request without ReturnConsumedCapacity (NONE). */
    public BatchGetItemRequest(Map<String, KeysAndAttributes> requestItems) {
        this(requestItems, null);
    }

    /** This request with ReturnConsumedCapacity. */
    public BatchGetItemRequest withReturnConsumedCapacity(ReturnConsumedCapacity value) {
        return new BatchGetItemRequest(requestItems, value);
    }
}
