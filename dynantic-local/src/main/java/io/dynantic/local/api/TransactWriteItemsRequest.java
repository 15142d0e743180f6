package io.dynantic.local.api;

import java.util.List;

/** A TransactWriteItems request; {@code clientRequestToken} is {@code null} when the call is not idempotent. */
public record TransactWriteItemsRequest(List<TransactWriteItem> transactItems, String clientRequestToken) {
    public TransactWriteItemsRequest {
        transactItems = transactItems == null ? List.of() : List.copyOf(transactItems);
    }

    /** A transaction of {@code items} without a client request token. */
    public static TransactWriteItemsRequest of(List<TransactWriteItem> items) {
        return new TransactWriteItemsRequest(items, null);
    }
}
