package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/** A GetItem response; {@code item} is {@code null} when there is no such item. */
public record GetItemResponse(Map<String, Value> item, ConsumedCapacity consumedCapacity) {
    public GetItemResponse {
        item = Copies.item(item);
    }

    /** A response that does not report consumed capacity. */
    public GetItemResponse(Map<String, Value> item) {
        this(item, null);
    }
}
