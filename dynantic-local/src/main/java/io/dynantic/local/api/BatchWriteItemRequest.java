package io.dynantic.local.api;

import java.util.List;
import java.util.Map;

/** A BatchWriteItem request: the writes, by table name, in the order given. */
public record BatchWriteItemRequest(Map<String, List<WriteRequest>> requestItems) {
    public BatchWriteItemRequest {
        requestItems = Copies.orEmpty(requestItems);
    }
}
