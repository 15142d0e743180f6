package io.dynantic.local.api;

import java.util.List;
import java.util.Map;

/** A BatchWriteItem response; this engine applies every write, so {@code unprocessedItems} is always empty. */
public record BatchWriteItemResponse(Map<String, List<WriteRequest>> unprocessedItems) {
    public BatchWriteItemResponse {
        unprocessedItems = Copies.orEmpty(unprocessedItems);
    }
}
