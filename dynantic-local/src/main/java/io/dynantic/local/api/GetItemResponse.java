package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/** A GetItem response; {@code item} is {@code null} when there is no such item. */
public record GetItemResponse(Map<String, Value> item) {
    public GetItemResponse {
        item = Copies.item(item);
    }
}
