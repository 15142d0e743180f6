package io.dynantic.local.api;

import java.util.List;

/** A TransactGetItems response: one response per Get, in order; a response's item is {@code null} when missing. */
public record TransactGetItemsResponse(List<GetItemResponse> responses, List<ConsumedCapacity> consumedCapacity) {
    public TransactGetItemsResponse {
        consumedCapacity = consumedCapacity == null ? null : List.copyOf(consumedCapacity);
        responses = List.copyOf(responses);
    }

    /** A response that does not report consumed capacity. */
    public TransactGetItemsResponse(List<GetItemResponse> responses) {
        this(responses, null);
    }
}
