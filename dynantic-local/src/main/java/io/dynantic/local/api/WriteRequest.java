package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/**
 * One write of a BatchWriteItem: a PutRequest's item, or a DeleteRequest's key (the other is {@code null}). A
 * request with both or neither is held as given; BatchWriteItem refuses it as DynamoDB does.
 */
public record WriteRequest(Map<String, Value> putItem, Map<String, Value> deleteKey) {
    public WriteRequest {
        putItem = Copies.item(putItem);
        deleteKey = Copies.item(deleteKey);
    }

    /** A PutRequest of {@code item}. */
    public static WriteRequest put(Map<String, Value> item) {
        return new WriteRequest(item, null);
    }

    /** A DeleteRequest of the item with {@code key}. */
    public static WriteRequest delete(Map<String, Value> key) {
        return new WriteRequest(null, key);
    }
}
