package io.dynantic.local.api;

import java.util.List;

/**
 * A TransactWriteItems response: the transaction was applied (or had been, for a repeated client token), with the
 * capacity it consumed when asked.
 */
public record TransactWriteItemsResponse(List<ConsumedCapacity> consumedCapacity) {
    public TransactWriteItemsResponse {
        consumedCapacity = consumedCapacity == null ? null : List.copyOf(consumedCapacity);
    }

    /** A response that does not report consumed capacity. */
    public TransactWriteItemsResponse() {
        this(null);
    }
}
