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
        return builder(tableName)
                .keyConditionExpression(keyCondition)
                .expressionAttributeValues(values)
                .build();
    }

    /** A builder of a query of the table {@code tableName}, with nothing else given. */
    public static Builder builder(String tableName) {
        return new Builder().tableName(tableName);
    }

    /** A builder starting from this request. */
    public Builder toBuilder() {
        return new Builder()
                .tableName(tableName)
                .indexName(indexName)
                .keyConditionExpression(keyConditionExpression)
                .filterExpression(filterExpression)
                .projectionExpression(projectionExpression)
                .expressionAttributeNames(expressionAttributeNames)
                .expressionAttributeValues(expressionAttributeValues)
                .select(select)
                .limit(limit)
                .exclusiveStartKey(exclusiveStartKey)
                .scanIndexForward(scanIndexForward)
                .consistentRead(consistentRead)
                .returnConsumedCapacity(returnConsumedCapacity);
    }

    /** Builds a {@link QueryRequest}; each setter sets the component of the same name. */
    public static final class Builder {
        private String tableName;
        private String indexName;
        private String keyConditionExpression;
        private String filterExpression;
        private String projectionExpression;
        private Map<String, String> expressionAttributeNames;
        private Map<String, Value> expressionAttributeValues;
        private Select select;
        private Integer limit;
        private Map<String, Value> exclusiveStartKey;
        private Boolean scanIndexForward;
        private boolean consistentRead;
        private ReturnConsumedCapacity returnConsumedCapacity;

        private Builder() {}

        public Builder tableName(String value) {
            tableName = value;
            return this;
        }

        public Builder indexName(String value) {
            indexName = value;
            return this;
        }

        public Builder keyConditionExpression(String value) {
            keyConditionExpression = value;
            return this;
        }

        public Builder filterExpression(String value) {
            filterExpression = value;
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

        public Builder expressionAttributeValues(Map<String, Value> value) {
            expressionAttributeValues = value;
            return this;
        }

        public Builder select(Select value) {
            select = value;
            return this;
        }

        public Builder limit(Integer value) {
            limit = value;
            return this;
        }

        /** Starts after {@code value}, a previous page's LastEvaluatedKey. */
        public Builder exclusiveStartKey(Map<String, Value> value) {
            exclusiveStartKey = value;
            return this;
        }

        /** Reads in ascending ({@code true}) or descending sort key order. */
        public Builder scanIndexForward(Boolean value) {
            scanIndexForward = value;
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
        public QueryRequest build() {
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
                    returnConsumedCapacity);
        }
    }
}
