package io.dynantic.local.api;

import java.util.List;

/** A TransactGetItems request: the Gets, as GetItem requests, read together from one snapshot. */
public record TransactGetItemsRequest(
        List<GetItemRequest> transactItems, ReturnConsumedCapacity returnConsumedCapacity) {
    public TransactGetItemsRequest {
        returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
        transactItems = transactItems == null ? List.of() : List.copyOf(transactItems);
    }

    /** A transaction of the Gets {@code items}. */
    public static TransactGetItemsRequest of(List<GetItemRequest> items) {
        return builder(items).build();
    }

    /** A builder of a transaction of the Gets {@code items}, with nothing else given. */
    public static Builder builder(List<GetItemRequest> items) {
        return new Builder().transactItems(items);
    }

    /** A builder starting from this request. */
    public Builder toBuilder() {
        return new Builder().transactItems(transactItems).returnConsumedCapacity(returnConsumedCapacity);
    }

    /** Builds a {@link TransactGetItemsRequest}; each setter sets the component of the same name. */
    public static final class Builder {
        private List<GetItemRequest> transactItems;
        private ReturnConsumedCapacity returnConsumedCapacity;

        private Builder() {}

        public Builder transactItems(List<GetItemRequest> value) {
            transactItems = value;
            return this;
        }

        public Builder returnConsumedCapacity(ReturnConsumedCapacity value) {
            returnConsumedCapacity = value;
            return this;
        }

        /** The request, with the record's defaults for what was not given. */
        public TransactGetItemsRequest build() {
            return new TransactGetItemsRequest(transactItems, returnConsumedCapacity);
        }
    }
}
