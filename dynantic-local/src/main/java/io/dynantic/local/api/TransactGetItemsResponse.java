package io.dynantic.local.api;

import java.util.List;

/** A TransactGetItems response: one response per Get, in order; a response's item is {@code null} when missing. */
public record TransactGetItemsResponse(List<GetItemResponse> responses) {
    public TransactGetItemsResponse {
        responses = List.copyOf(responses);
    }
}
