package io.dynantic.local.api;

import java.util.List;
import java.util.Map;

/** A BatchWriteItem response; this engine applies every write, so {@code unprocessedItems} is always empty. */
public record BatchWriteItemResponse(
        Map<String, List<WriteRequest>> unprocessedItems, List<ConsumedCapacity> consumedCapacity) {
    public BatchWriteItemResponse {
        consumedCapacity = consumedCapacity == null ? null : List.copyOf(consumedCapacity);
        unprocessedItems = Copies.orEmpty(unprocessedItems);
    }

    /** A response that does not report consumed capacity. */
    public BatchWriteItemResponse(Map<String, List<WriteRequest>> unprocessedItems) {
        this(unprocessedItems, null);
    }
}
