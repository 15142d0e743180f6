package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/** A DeleteItem response; {@code attributes} is {@code null} unless ALL_OLD was asked for and the item existed. */
public record DeleteItemResponse(Map<String, Value> attributes) {
    public DeleteItemResponse {
        attributes = Copies.item(attributes);
    }
}
