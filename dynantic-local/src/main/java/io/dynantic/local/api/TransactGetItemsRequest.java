package io.dynantic.local.api;

import java.util.List;

/** A TransactGetItems request: the Gets, as GetItem requests, read together from one snapshot. */
public record TransactGetItemsRequest(
        List<GetItemRequest> transactItems, ReturnConsumedCapacity returnConsumedCapacity) {
    public TransactGetItemsRequest {
        returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
        transactItems = transactItems == null ? List.of() : List.copyOf(transactItems);
    }

    /** This request without ReturnConsumedCapacity (NONE). */
    public TransactGetItemsRequest(List<GetItemRequest> transactItems) {
        this(transactItems, null);
    }

    /** This request with ReturnConsumedCapacity. */
    public TransactGetItemsRequest withReturnConsumedCapacity(ReturnConsumedCapacity value) {
        return new TransactGetItemsRequest(transactItems, value);
    }
}
