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
        return builder(items).build();
    }

    /** A builder of a transaction of {@code items}, with nothing else given. */
    public static Builder builder(List<TransactWriteItem> items) {
        return new Builder().transactItems(items);
    }

    /** A builder starting from this request. */
    public Builder toBuilder() {
        return new Builder()
                .transactItems(transactItems)
                .clientRequestToken(clientRequestToken)
                .returnConsumedCapacity(returnConsumedCapacity);
    }

    /** Builds a {@link TransactWriteItemsRequest}; each setter sets the component of the same name. */
    public static final class Builder {
        private List<TransactWriteItem> transactItems;
        private String clientRequestToken;
        private ReturnConsumedCapacity returnConsumedCapacity;

        private Builder() {}

        public Builder transactItems(List<TransactWriteItem> value) {
            transactItems = value;
            return this;
        }

        /** A token that makes the call idempotent. */
        public Builder clientRequestToken(String value) {
            clientRequestToken = value;
            return this;
        }

        public Builder returnConsumedCapacity(ReturnConsumedCapacity value) {
            returnConsumedCapacity = value;
            return this;
        }

        /** The request, with the record's defaults for what was not given. */
        public TransactWriteItemsRequest build() {
            return new TransactWriteItemsRequest(transactItems, clientRequestToken, returnConsumedCapacity);
        }
    }
}
