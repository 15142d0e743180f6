package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/**
 * A Query request. {@code select} and {@code limit} are {@code null} when not given; {@code scanIndexForward}
 * is DynamoDB's default {@code true} when not given.
 */
public record QueryRequest(
        String tableName,
        String indexName,
        String keyConditionExpression,
        String filterExpression,
        String projectionExpression,
        Map<String, String> expressionAttributeNames,
        Map<String, Value> expressionAttributeValues,
        Select select,
        Integer limit,
        Map<String, Value> exclusiveStartKey,
        Boolean scanIndexForward,
        boolean consistentRead,
        ReturnConsumedCapacity returnConsumedCapacity) {
    public QueryRequest {
        returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
        scanIndexForward = scanIndexForward == null || scanIndexForward;
        expressionAttributeNames = Copies.orEmpty(expressionAttributeNames);
        expressionAttributeValues = Copies.orEmpty(expressionAttributeValues);
        exclusiveStartKey = Copies.item(exclusiveStartKey);
    }

    /** A query of the table by a key condition and its value placeholders. */
    public static QueryRequest of(String tableName, String keyCondition, Map<String, Value> values) {
        return new QueryRequest(tableName, null, keyCondition, null, null, null, values, null, null, null, true, false);
    }

    /** This request with name placeholders. */
    public QueryRequest withNames(Map<String, String> names) {
        return new QueryRequest(
                tableName,
                indexName,
                keyConditionExpression,
                filterExpression,
                projectionExpression,
                names,
                expressionAttributeValues,
                select,
                limit,
                exclusiveStartKey,
                scanIndexForward,
                consistentRead,
                returnConsumedCapacity);
    }

    /** This request with a filter expression. */
    public QueryRequest withFilter(String filter) {
        return new QueryRequest(
                tableName,
                indexName,
                keyConditionExpression,
                filter,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                limit,
                exclusiveStartKey,
                scanIndexForward,
                consistentRead,
                returnConsumedCapacity);
    }

    /** This request with a projection expression. */
    public QueryRequest withProjection(String projection) {
        return new QueryRequest(
                tableName,
                indexName,
                keyConditionExpression,
                filterExpression,
                projection,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                limit,
                exclusiveStartKey,
                scanIndexForward,
                consistentRead,
                returnConsumedCapacity);
    }

    /** This request with a Select. */
    public QueryRequest withSelect(Select newSelect) {
        return new QueryRequest(
                tableName,
                indexName,
                keyConditionExpression,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                newSelect,
                limit,
                exclusiveStartKey,
                scanIndexForward,
                consistentRead,
                returnConsumedCapacity);
    }

    /** This request with a Limit. */
    public QueryRequest withLimit(Integer newLimit) {
        return new QueryRequest(
                tableName,
                indexName,
                keyConditionExpression,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                newLimit,
                exclusiveStartKey,
                scanIndexForward,
                consistentRead,
                returnConsumedCapacity);
    }

    /** This request starting after {@code key} (a previous page's LastEvaluatedKey). */
    public QueryRequest withExclusiveStartKey(Map<String, Value> key) {
        return new QueryRequest(
                tableName,
                indexName,
                keyConditionExpression,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                limit,
                key,
                scanIndexForward,
                consistentRead,
                returnConsumedCapacity);
    }

    /** This request reading in ascending ({@code true}) or descending sort key order. */
    public QueryRequest withScanIndexForward(boolean forward) {
        return new QueryRequest(
                tableName,
                indexName,
                keyConditionExpression,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                limit,
                exclusiveStartKey,
                forward,
                consistentRead,
                returnConsumedCapacity);
    }

    /** This request on the index {@code name}. */
    public QueryRequest withIndexName(String name) {
        return new QueryRequest(
                tableName,
                name,
                keyConditionExpression,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                limit,
                exclusiveStartKey,
                scanIndexForward,
                consistentRead,
                returnConsumedCapacity);
    }

    /** This request without ReturnConsumedCapacity (NONE). */
    public QueryRequest(
            String tableName,
            String indexName,
            String keyConditionExpression,
            String filterExpression,
            String projectionExpression,
            Map<String, String> expressionAttributeNames,
            Map<String, Value> expressionAttributeValues,
            Select select,
            Integer limit,
            Map<String, Value> exclusiveStartKey,
            Boolean scanIndexForward,
            boolean consistentRead) {
        this(
                tableName,
                indexName,
                keyConditionExpression,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                limit,
                exclusiveStartKey,
                scanIndexForward,
                consistentRead,
                null);
    }

    /** This request with ReturnConsumedCapacity. */
    public QueryRequest withReturnConsumedCapacity(ReturnConsumedCapacity value) {
        return new QueryRequest(
                tableName,
                indexName,
                keyConditionExpression,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                limit,
                exclusiveStartKey,
                scanIndexForward,
                consistentRead,
                value);
    }
}
