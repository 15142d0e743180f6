package io.dynantic.local.api;

import java.util.List;

/** A TransactWriteItems request; {@code clientRequestToken} is {@code null} when the call is not idempotent. */
public record TransactWriteItemsRequest(
        List<TransactWriteItem> transactItems,
        String clientRequestToken,
        ReturnConsumedCapacity returnConsumedCapacity) {
    public TransactWriteItemsRequest {
        returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
        transactItems = transactItems == null ? List.of() : List.copyOf(transactItems);
    }

    /** A transaction of {@code items} without a client request token. */
    public static TransactWriteItemsRequest of(List<TransactWriteItem> items) {
        return new TransactWriteItemsRequest(items, null);
    }

    /** This request without ReturnConsumedCapacity (NONE). */
    public TransactWriteItemsRequest(List<TransactWriteItem> transactItems, String clientRequestToken) {
        this(transactItems, clientRequestToken, null);
    }

    /** This request with ReturnConsumedCapacity. */
    public TransactWriteItemsRequest withReturnConsumedCapacity(ReturnConsumedCapacity value) {
        return new TransactWriteItemsRequest(transactItems, clientRequestToken, value);
    }
}
