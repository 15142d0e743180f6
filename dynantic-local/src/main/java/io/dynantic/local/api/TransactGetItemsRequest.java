package io.dynantic.local.api;

import java.util.List;

/** A TransactGetItems request: the Gets, as GetItem requests, read together from one snapshot. */
public record TransactGetItemsRequest(List<GetItemRequest> transactItems) {
    public TransactGetItemsRequest {
        transactItems = transactItems == null ? List.of() : List.copyOf(transactItems);
    }
}
