package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/** A TransactWriteItems ConditionCheck: a condition on an item the transaction does not write. */
public record ConditionCheck(
        String tableName,
        Map<String, Value> key,
        String conditionExpression,
        Map<String, String> expressionAttributeNames,
        Map<String, Value> expressionAttributeValues,
        ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
    public ConditionCheck {
        key = Copies.orEmpty(key);
        expressionAttributeNames = Copies.orEmpty(expressionAttributeNames);
        expressionAttributeValues = Copies.orEmpty(expressionAttributeValues);
        returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure == null
                ? ReturnValuesOnConditionCheckFailure.NONE
                : returnValuesOnConditionCheckFailure;
    }

    /** A check of {@code expression} on the item with {@code key}. */
    public static ConditionCheck of(
            String tableName,
            Map<String, Value> key,
            String expression,
            Map<String, String> names,
            Map<String, Value> values) {
        return new ConditionCheck(tableName, key, expression, names, values, null);
    }
}
