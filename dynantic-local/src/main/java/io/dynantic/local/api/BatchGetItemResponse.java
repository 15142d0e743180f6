package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.List;
import java.util.Map;

/**
 * A BatchGetItem response: the items found, by table name (a table's list is empty when none of its keys was
 * found), and the keys left for another request because the response reached 16 MB.
 */
public record BatchGetItemResponse(
        Map<String, List<Map<String, Value>>> responses,
        Map<String, KeysAndAttributes> unprocessedKeys,
        List<ConsumedCapacity> consumedCapacity) {
    public BatchGetItemResponse {
        consumedCapacity = consumedCapacity == null ? null : List.copyOf(consumedCapacity);
        responses = Copies.orEmpty(responses);
        unprocessedKeys = Copies.orEmpty(unprocessedKeys);
    }

    /** A response that does not report consumed capacity. */
    public BatchGetItemResponse(
            Map<String, List<Map<String, Value>>> responses, Map<String, KeysAndAttributes> unprocessedKeys) {
        this(responses, unprocessedKeys, null);
    }
}
