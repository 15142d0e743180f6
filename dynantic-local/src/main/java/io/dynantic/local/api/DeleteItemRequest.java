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
        return new DeleteItemRequest(tableName, key, null, null, null, null, null);
    }

    /** This request with a condition and its placeholders. */
    public DeleteItemRequest withCondition(String expression, Map<String, String> names, Map<String, Value> values) {
        return new DeleteItemRequest(
                tableName,
                key,
                expression,
                names,
                values,
                returnValues,
                returnValuesOnConditionCheckFailure,
                returnConsumedCapacity);
    }

    /** This request with ReturnValues. */
    public DeleteItemRequest withReturnValues(ReturnValue value) {
        return new DeleteItemRequest(
                tableName,
                key,
                conditionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                value,
                returnValuesOnConditionCheckFailure,
                returnConsumedCapacity);
    }

    /** This request with ReturnValuesOnConditionCheckFailure. */
    public DeleteItemRequest withReturnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure value) {
        return new DeleteItemRequest(
                tableName,
                key,
                conditionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                returnValues,
                value,
                returnConsumedCapacity);
    }

    /** This request without ReturnConsumedCapacity (NONE). */
    public DeleteItemRequest(
            String tableName,
            Map<String, Value> key,
            String conditionExpression,
            Map<String, String> expressionAttributeNames,
            Map<String, Value> expressionAttributeValues,
            ReturnValue returnValues,
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
        this(
                tableName,
                key,
                conditionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                returnValues,
                returnValuesOnConditionCheckFailure,
                null);
    }

    /** This request with ReturnConsumedCapacity. */
    public DeleteItemRequest withReturnConsumedCapacity(ReturnConsumedCapacity value) {
        return new DeleteItemRequest(
                tableName,
                key,
                conditionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                returnValues,
                returnValuesOnConditionCheckFailure,
                value);
    }
}
