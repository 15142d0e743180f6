package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/** A GetItem request; reads are always consistent in this engine. */
public record GetItemRequest(
        String tableName,
        Map<String, Value> key,
        String projectionExpression,
        Map<String, String> expressionAttributeNames,
        boolean consistentRead,
        ReturnConsumedCapacity returnConsumedCapacity) {
    public GetItemRequest {
        returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
        key = Copies.orEmpty(key);
        expressionAttributeNames = Copies.orEmpty(expressionAttributeNames);
    }

    /** A plain get of the item with {@code key}. */
    public static GetItemRequest of(String tableName, Map<String, Value> key) {
        return builder(tableName, key).build();
    }

    /** A builder of a get of the item with {@code key}, with nothing else given. */
    public static Builder builder(String tableName, Map<String, Value> key) {
        return new Builder().tableName(tableName).key(key);
    }

    /** A builder starting from this request. */
    public Builder toBuilder() {
        return new Builder()
                .tableName(tableName)
                .key(key)
                .projectionExpression(projectionExpression)
                .expressionAttributeNames(expressionAttributeNames)
                .consistentRead(consistentRead)
                .returnConsumedCapacity(returnConsumedCapacity);
    }

    /** Builds a {@link GetItemRequest}; each setter sets the component of the same name. */
    public static final class Builder {
        private String tableName;
        private Map<String, Value> key;
        private String projectionExpression;
        private Map<String, String> expressionAttributeNames;
        private boolean consistentRead;
        private ReturnConsumedCapacity returnConsumedCapacity;

        private Builder() {}

        public Builder tableName(String value) {
            tableName = value;
            return this;
        }

        public Builder key(Map<String, Value> value) {
            key = value;
            return this;
        }

        public Builder projectionExpression(String value) {
            projectionExpression = value;
            return this;
        }

        public Builder expressionAttributeNames(Map<String, String> value) {
            expressionAttributeNames = value;
            return this;
        }

        public Builder consistentRead(boolean value) {
            consistentRead = value;
            return this;
        }

        public Builder returnConsumedCapacity(ReturnConsumedCapacity value) {
            returnConsumedCapacity = value;
            return this;
        }

        /** The request, with the record's defaults for what was not given. */
        public GetItemRequest build() {
            return new GetItemRequest(
                    tableName,
                    key,
                    projectionExpression,
                    expressionAttributeNames,
                    consistentRead,
                    returnConsumedCapacity);
        }
    }
}
