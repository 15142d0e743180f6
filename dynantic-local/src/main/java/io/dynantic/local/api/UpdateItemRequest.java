package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/**
 * An UpdateItem request. Optional parameters are {@code null} (or empty maps); ReturnValues defaults to NONE.
 * Without an UpdateExpression the item is created with its key only if missing.
 */
public record UpdateItemRequest(
        String tableName,
        Map<String, Value> key,
        String updateExpression,
        String conditionExpression,
        Map<String, String> expressionAttributeNames,
        Map<String, Value> expressionAttributeValues,
        ReturnValue returnValues,
        ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure,
        ReturnConsumedCapacity returnConsumedCapacity) {
    public UpdateItemRequest {
        returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
        key = Copies.orEmpty(key);
        expressionAttributeNames = Copies.orEmpty(expressionAttributeNames);
        expressionAttributeValues = Copies.orEmpty(expressionAttributeValues);
        returnValues = returnValues == null ? ReturnValue.NONE : returnValues;
        returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure == null
                ? ReturnValuesOnConditionCheckFailure.NONE
                : returnValuesOnConditionCheckFailure;
    }

    /** An update of the item with {@code key}, with the placeholders the expression uses. */
    public static UpdateItemRequest of(
            String tableName,
            Map<String, Value> key,
            String updateExpression,
            Map<String, String> names,
            Map<String, Value> values) {
        return new UpdateItemRequest(tableName, key, updateExpression, null, names, values, null, null);
    }

    /** This request with a condition (its placeholders go in the request's shared maps). */
    public UpdateItemRequest withCondition(String expression) {
        return new UpdateItemRequest(
                tableName,
                key,
                updateExpression,
                expression,
                expressionAttributeNames,
                expressionAttributeValues,
                returnValues,
                returnValuesOnConditionCheckFailure,
                returnConsumedCapacity);
    }

    /** This request with ReturnValues. */
    public UpdateItemRequest withReturnValues(ReturnValue value) {
        return new UpdateItemRequest(
                tableName,
                key,
                updateExpression,
                conditionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                value,
                returnValuesOnConditionCheckFailure,
                returnConsumedCapacity);
    }

    /** This request with ReturnValuesOnConditionCheckFailure. */
    public UpdateItemRequest withReturnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure value) {
        return new UpdateItemRequest(
                tableName,
                key,
                updateExpression,
                conditionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                returnValues,
                value,
                returnConsumedCapacity);
    }

    /** This request without ReturnConsumedCapacity (NONE). */
    public UpdateItemRequest(
            String tableName,
            Map<String, Value> key,
            String updateExpression,
            String conditionExpression,
            Map<String, String> expressionAttributeNames,
            Map<String, Value> expressionAttributeValues,
            ReturnValue returnValues,
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
        this(
                tableName,
                key,
                updateExpression,
                conditionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                returnValues,
                returnValuesOnConditionCheckFailure,
                null);
    }

    /** This request with ReturnConsumedCapacity. */
    public UpdateItemRequest withReturnConsumedCapacity(ReturnConsumedCapacity value) {
        return new UpdateItemRequest(
                tableName,
                key,
                updateExpression,
                conditionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                returnValues,
                returnValuesOnConditionCheckFailure,
                value);
    }
}
