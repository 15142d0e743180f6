package io.dynantic.local.api;

import java.util.List;
import java.util.Map;

/** A BatchWriteItem request: the writes, by table name, in the order given. */
public record BatchWriteItemRequest(
        Map<String, List<WriteRequest>> requestItems, ReturnConsumedCapacity returnConsumedCapacity) {
    public BatchWriteItemRequest {
        returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
        requestItems = Copies.orEmpty(requestItems);
    }

    /** A plain write of {@code requestItems}. */
    public static BatchWriteItemRequest of(Map<String, List<WriteRequest>> requestItems) {
        return builder(requestItems).build();
    }

    /** A builder of a write of {@code requestItems}, with nothing else given. */
    public static Builder builder(Map<String, List<WriteRequest>> requestItems) {
        return new Builder().requestItems(requestItems);
    }

    /** A builder starting from this request. */
    public Builder toBuilder() {
        return new Builder().requestItems(requestItems).returnConsumedCapacity(returnConsumedCapacity);
    }

    /** Builds a {@link BatchWriteItemRequest}; each setter sets the component of the same name. */
    public static final class Builder {
        private Map<String, List<WriteRequest>> requestItems;
        private ReturnConsumedCapacity returnConsumedCapacity;

        private Builder() {}

        public Builder requestItems(Map<String, List<WriteRequest>> value) {
            requestItems = value;
            return this;
        }

        public Builder returnConsumedCapacity(ReturnConsumedCapacity value) {
            returnConsumedCapacity = value;
            return this;
        }

        /** The request, with the record's defaults for what was not given. */
        public BatchWriteItemRequest build() {
            return new BatchWriteItemRequest(requestItems, returnConsumedCapacity);
        }
    }
}
