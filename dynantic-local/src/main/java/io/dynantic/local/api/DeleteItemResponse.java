package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/** A DeleteItem response; {@code attributes} is {@code null} unless ALL_OLD was asked for and the item existed. */
public record DeleteItemResponse(Map<String, Value> attributes, ConsumedCapacity consumedCapacity) {
    public DeleteItemResponse {
        attributes = Copies.item(attributes);
    }

    /** A response that does not report consumed capacity. */
    public DeleteItemResponse(Map<String, Value> attributes) {
        this(attributes, null);
    }
}
