package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/** A PutItem request. Optional parameters are {@code null} (or empty maps); ReturnValues defaults to NONE. */
public record PutItemRequest(
        String tableName,
        Map<String, Value> item,
        String conditionExpression,
        Map<String, String> expressionAttributeNames,
        Map<String, Value> expressionAttributeValues,
        ReturnValue returnValues,
        ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure,
        ReturnConsumedCapacity returnConsumedCapacity) {
    public PutItemRequest {
        returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
        item = Copies.orEmpty(item);
        expressionAttributeNames = Copies.orEmpty(expressionAttributeNames);
        expressionAttributeValues = Copies.orEmpty(expressionAttributeValues);
        returnValues = returnValues == null ? ReturnValue.NONE : returnValues;
        returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure == null
                ? ReturnValuesOnConditionCheckFailure.NONE
                : returnValuesOnConditionCheckFailure;
    }

    /** A plain put of {@code item}. */
    public static PutItemRequest of(String tableName, Map<String, Value> item) {
        return builder(tableName, item).build();
    }

    /** A builder of a put of {@code item}, with nothing else given. */
    public static Builder builder(String tableName, Map<String, Value> item) {
        return new Builder().tableName(tableName).item(item);
    }

    /** A builder starting from this request. */
    public Builder toBuilder() {
        return new Builder()
                .tableName(tableName)
                .item(item)
                .conditionExpression(conditionExpression)
                .expressionAttributeNames(expressionAttributeNames)
                .expressionAttributeValues(expressionAttributeValues)
                .returnValues(returnValues)
                .returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure)
                .returnConsumedCapacity(returnConsumedCapacity);
    }

    /** Builds a {@link PutItemRequest}; each setter sets the component of the same name. */
    public static final class Builder {
        private String tableName;
        private Map<String, Value> item;
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

        public Builder item(Map<String, Value> value) {
            item = value;
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
        public PutItemRequest build() {
            return new PutItemRequest(
                    tableName,
                    item,
                    conditionExpression,
                    expressionAttributeNames,
                    expressionAttributeValues,
                    returnValues,
                    returnValuesOnConditionCheckFailure,
                    returnConsumedCapacity);
        }
    }
}
