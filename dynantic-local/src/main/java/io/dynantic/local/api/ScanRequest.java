package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Map;

/** A Scan request; {@code select}, {@code limit}, {@code segment} and {@code totalSegments} are {@code null} when not given. */
public record ScanRequest(
        String tableName,
        String indexName,
        String filterExpression,
        String projectionExpression,
        Map<String, String> expressionAttributeNames,
        Map<String, Value> expressionAttributeValues,
        Select select,
        Integer limit,
        Map<String, Value> exclusiveStartKey,
        Integer segment,
        Integer totalSegments,
        boolean consistentRead,
        ReturnConsumedCapacity returnConsumedCapacity) {
    public ScanRequest {
        returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
        expressionAttributeNames = Copies.orEmpty(expressionAttributeNames);
        expressionAttributeValues = Copies.orEmpty(expressionAttributeValues);
        exclusiveStartKey = Copies.item(exclusiveStartKey);
    }

    /** A scan of the whole table. */
    public static ScanRequest of(String tableName) {
        return new ScanRequest(tableName, null, null, null, null, null, null, null, null, null, null, false);
    }

    /** This request with a filter expression and its placeholders. */
    public ScanRequest withFilter(String filter, Map<String, String> names, Map<String, Value> values) {
        return new ScanRequest(
                tableName,
                indexName,
                filter,
                projectionExpression,
                names,
                values,
                select,
                limit,
                exclusiveStartKey,
                segment,
                totalSegments,
                consistentRead,
                returnConsumedCapacity);
    }

    /** This request with a projection expression (keeping the placeholders). */
    public ScanRequest withProjection(String projection) {
        return new ScanRequest(
                tableName,
                indexName,
                filterExpression,
                projection,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                limit,
                exclusiveStartKey,
                segment,
                totalSegments,
                consistentRead,
                returnConsumedCapacity);
    }

    /** This request with a Select. */
    public ScanRequest withSelect(Select newSelect) {
        return new ScanRequest(
                tableName,
                indexName,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                newSelect,
                limit,
                exclusiveStartKey,
                segment,
                totalSegments,
                consistentRead,
                returnConsumedCapacity);
    }

    /** This request with a Limit. */
    public ScanRequest withLimit(Integer newLimit) {
        return new ScanRequest(
                tableName,
                indexName,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                newLimit,
                exclusiveStartKey,
                segment,
                totalSegments,
                consistentRead,
                returnConsumedCapacity);
    }

    /** This request starting after {@code key} (a previous page's LastEvaluatedKey). */
    public ScanRequest withExclusiveStartKey(Map<String, Value> key) {
        return new ScanRequest(
                tableName,
                indexName,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                limit,
                key,
                segment,
                totalSegments,
                consistentRead,
                returnConsumedCapacity);
    }

    /** This request as one segment of a parallel scan. */
    public ScanRequest withSegment(Integer newSegment, Integer newTotalSegments) {
        return new ScanRequest(
                tableName,
                indexName,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                limit,
                exclusiveStartKey,
                newSegment,
                newTotalSegments,
                consistentRead,
                returnConsumedCapacity);
    }

    /** This request on the index {@code name}. */
    public ScanRequest withIndexName(String name) {
        return new ScanRequest(
                tableName,
                name,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                limit,
                exclusiveStartKey,
                segment,
                totalSegments,
                consistentRead,
                returnConsumedCapacity);
    }

    /** This request without ReturnConsumedCapacity (NONE). */
    public ScanRequest(
            String tableName,
            String indexName,
            String filterExpression,
            String projectionExpression,
            Map<String, String> expressionAttributeNames,
            Map<String, Value> expressionAttributeValues,
            Select select,
            Integer limit,
            Map<String, Value> exclusiveStartKey,
            Integer segment,
            Integer totalSegments,
            boolean consistentRead) {
        this(
                tableName,
                indexName,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                limit,
                exclusiveStartKey,
                segment,
                totalSegments,
                consistentRead,
                null);
    }

    /** This request with ReturnConsumedCapacity. */
    public ScanRequest withReturnConsumedCapacity(ReturnConsumedCapacity value) {
        return new ScanRequest(
                tableName,
                indexName,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                limit,
                exclusiveStartKey,
                segment,
                totalSegments,
                consistentRead,
                value);
    }
}
