package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/** An UpdateItem response; {@code attributes} is {@code null} when ReturnValues is NONE or nothing applies. */
public record UpdateItemResponse(Map<String, Value> attributes, ConsumedCapacity consumedCapacity) {
    public UpdateItemResponse {
        attributes = Copies.item(attributes);
    }

    /** A response that does not report consumed capacity. */
    public UpdateItemResponse(Map<String, Value> attributes) {
        this(attributes, null);
    }
}
