package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/** An UpdateItem response; {@code attributes} is {@code null} when ReturnValues is NONE or nothing applies. */
public record UpdateItemResponse(Map<String, Value> attributes) {
    public UpdateItemResponse {
        attributes = Copies.item(attributes);
    }
}
