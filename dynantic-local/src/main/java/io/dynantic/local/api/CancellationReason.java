package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/**
 * Why TransactWriteItems was cancelled, for one of its actions: code {@code None} (message {@code null}) or
 * {@code ConditionalCheckFailed}, with the item when the action asked for it with ALL_OLD.
 */
public record CancellationReason(String code, String message, Map<String, Value> item) {
    public CancellationReason {
        item = Copies.item(item);
    }
}
