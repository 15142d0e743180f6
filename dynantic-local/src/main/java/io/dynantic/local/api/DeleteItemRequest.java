package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/** A DeleteItem request. Optional parameters are {@code null} (or empty maps); ReturnValues defaults to NONE. */
public record DeleteItemRequest(
        String tableName,
        Map<String, Value> key,
        String conditionExpression,
        Map<String, String> expressionAttributeNames,
        Map<String, Value> expressionAttributeValues,
        ReturnValue returnValues,
        ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure,
        ReturnConsumedCapacity returnConsumedCapacity) {
    public DeleteItemRequest {
        returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
        key = Copies.orEmpty(key);
        expressionAttributeNames = Copies.orEmpty(expressionAttributeNames);
        expressionAttributeValues = Copies.orEmpty(expressionAttributeValues);
        returnValues = returnValues == null ? ReturnValue.NONE : returnValues;
        returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure == null
                ? ReturnValuesOnConditionCheckFailure.NONE
                : returnValuesOnConditionCheckFailure;
    }

    /** A plain delete of the item with {@code key}. */
    public static DeleteItemRequest of(String tableName, Map<String, Value> key) {
        return builder(tableName, key).build();
    }

    /** A builder of a delete of the item with {@code key}, with nothing else given. */
    public static Builder builder(String tableName, Map<String, Value> key) {
        return new Builder().tableName(tableName).key(key);
    }

    /** A builder starting from this request. */
    public Builder toBuilder() {
        return new Builder()
                .tableName(tableName)
                .key(key)
                .conditionExpression(conditionExpression)
                .expressionAttributeNames(expressionAttributeNames)
                .expressionAttributeValues(expressionAttributeValues)
                .returnValues(returnValues)
                .returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure)
                .returnConsumedCapacity(returnConsumedCapacity);
    }

    /** Builds a {@link DeleteItemRequest}; each setter sets the component of the same name. */
    public static final class Builder {
        private String tableName;
        private Map<String, Value> key;
        private String conditionExpression;
        private Map<String, String> expressionAttributeNames;
        private Map<String, Value> expressionAttributeValues;
        private ReturnValue returnValues;
        private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;
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

        public Builder conditionExpression(String value) {
            conditionExpression = value;
            return this;
        }

        public Builder expressionAttributeNames(Map<String, String> value) {
            expressionAttributeNames = value;
            return this;
        }

        public Builder expressionAttributeValues(Map<String, Value> value) {
            expressionAttributeValues = value;
            return this;
        }

        public Builder returnValues(ReturnValue value) {
            returnValues = value;
            return this;
        }

        public Builder returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure value) {
            returnValuesOnConditionCheckFailure = value;
            return this;
        }

        public Builder returnConsumedCapacity(ReturnConsumedCapacity value) {
            returnConsumedCapacity = value;
            return this;
        }

        /** The request, with the record's defaults for what was not given. */
        public DeleteItemRequest build() {
            return new DeleteItemRequest(
                    tableName,
                    key,
                    conditionExpression,
                    expressionAttributeNames,
                    expressionAttributeValues,
                    returnValues,
                    returnValuesOnConditionCheckFailure,
                    returnConsumedCapacity);
        }
    }
}
