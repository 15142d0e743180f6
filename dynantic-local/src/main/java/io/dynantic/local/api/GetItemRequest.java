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
        return new GetItemRequest(tableName, key, null, null, false);
    }

    /** This request with a projection and its name placeholders. */
    public GetItemRequest withProjection(String expression, Map<String, String> names) {
        return new GetItemRequest(tableName, key, expression, names, consistentRead, returnConsumedCapacity);
    }

    /** This request without ReturnConsumedCapacity (NONE). */
    public GetItemRequest(
            String tableName,
            Map<String, Value> key,
            String projectionExpression,
            Map<String, String> expressionAttributeNames,
            boolean consistentRead) {
        this(tableName, key, projectionExpression, expressionAttributeNames, consistentRead, null);
    }

    /** This request with ReturnConsumedCapacity. */
    public GetItemRequest withReturnConsumedCapacity(ReturnConsumedCapacity value) {
        return new GetItemRequest(
                tableName, key, projectionExpression, expressionAttributeNames, consistentRead, value);
    }
}
