package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/** A PutItem response; {@code attributes} is {@code null} unless ReturnValues asked for an item that existed. */
public record PutItemResponse(Map<String, Value> attributes, ConsumedCapacity consumedCapacity) {
    public PutItemResponse {
        attributes = Copies.item(attributes);
    }

    /** A response that does not report consumed capacity. */
    public PutItemResponse(Map<String, Value> attributes) {
        this(attributes, null);
    }
}
