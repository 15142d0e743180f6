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
        return new PutItemRequest(tableName, item, null, null, null, null, null);
    }

    /** This request with a condition and its placeholders. */
    public PutItemRequest withCondition(String expression, Map<String, String> names, Map<String, Value> values) {
        return new PutItemRequest(
                tableName,
                item,
                expression,
                names,
                values,
                returnValues,
                returnValuesOnConditionCheckFailure,
                returnConsumedCapacity);
    }

    /** This request with ReturnValues. */
    public PutItemRequest withReturnValues(ReturnValue value) {
        return new PutItemRequest(
                tableName,
                item,
                conditionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                value,
                returnValuesOnConditionCheckFailure,
                returnConsumedCapacity);
    }

    /** This request with ReturnValuesOnConditionCheckFailure. */
    public PutItemRequest withReturnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure value) {
        return new PutItemRequest(
                tableName,
                item,
                conditionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                returnValues,
                value,
                returnConsumedCapacity);
    }

    /** This request without ReturnConsumedCapacity (NONE). */
    public PutItemRequest(
            String tableName,
            Map<String, Value> item,
            String conditionExpression,
            Map<String, String> expressionAttributeNames,
            Map<String, Value> expressionAttributeValues,
            ReturnValue returnValues,
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
        this(
                tableName,
                item,
                conditionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                returnValues,
                returnValuesOnConditionCheckFailure,
                null);
    }

    /** This request with ReturnConsumedCapacity. */
    public PutItemRequest withReturnConsumedCapacity(ReturnConsumedCapacity value) {
        return new PutItemRequest(
                tableName,
                item,
                conditionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                returnValues,
                returnValuesOnConditionCheckFailure,
                value);
    }
}
