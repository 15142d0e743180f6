package io.dynantic.local.api;

import java.util.Map;

/** A BatchGetItem request: the keys to read, by table name, in the order given. */
public record BatchGetItemRequest(Map<String, KeysAndAttributes> requestItems) {
    public BatchGetItemRequest {
        requestItems = Copies.orEmpty(requestItems);
    }
}
