package io.dynantic.local.api;

import java.util.Map;

/** A BatchGetItem request: the keys to read, by table name, in the order given. */
public record BatchGetItemRequest(
        Map<String, KeysAndAttributes> requestItems, ReturnConsumedCapacity returnConsumedCapacity) {
    public BatchGetItemRequest {
        returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
        requestItems = Copies.orEmpty(requestItems);
    }

    /** A plain read of {@code requestItems}. */
    public static BatchGetItemRequest of(Map<String, KeysAndAttributes> requestItems) {
        return builder(requestItems).build();
    }

    /** A builder of a read of {@code requestItems}, with nothing else given. */
    public static Builder builder(Map<String, KeysAndAttributes> requestItems) {
        return new Builder().requestItems(requestItems);
    }

    /** A builder starting from this request. */
    public Builder toBuilder() {
        return new Builder().requestItems(requestItems).returnConsumedCapacity(returnConsumedCapacity);
    }

    /** Builds a {@link BatchGetItemRequest}; each setter sets the component of the same name. */
    public static final class Builder {
        private Map<String, KeysAndAttributes> requestItems;
        private ReturnConsumedCapacity returnConsumedCapacity;

        private Builder() {}

        public Builder requestItems(Map<String, KeysAndAttributes> value) {
            requestItems = value;
            return this;
        }

        public Builder returnConsumedCapacity(ReturnConsumedCapacity value) {
            returnConsumedCapacity = value;
            return this;
        }

        /** The request, with the record's defaults for what was not given. */
        public BatchGetItemRequest build() {
            return new BatchGetItemRequest(requestItems, returnConsumedCapacity);
        }
    }
}
