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
        return builder(tableName).build();
    }

    /** A builder of a scan of the table {@code tableName}, with nothing else given. */
    public static Builder builder(String tableName) {
        return new Builder().tableName(tableName);
    }

    /** A builder starting from this request. */
    public Builder toBuilder() {
        return new Builder()
                .tableName(tableName)
                .indexName(indexName)
                .filterExpression(filterExpression)
                .projectionExpression(projectionExpression)
                .expressionAttributeNames(expressionAttributeNames)
                .expressionAttributeValues(expressionAttributeValues)
                .select(select)
                .limit(limit)
                .exclusiveStartKey(exclusiveStartKey)
                .segment(segment)
                .totalSegments(totalSegments)
                .consistentRead(consistentRead)
                .returnConsumedCapacity(returnConsumedCapacity);
    }

    /** Builds a {@link ScanRequest}; each setter sets the component of the same name. */
    public static final class Builder {
        private String tableName;
        private String indexName;
        private String filterExpression;
        private String projectionExpression;
        private Map<String, String> expressionAttributeNames;
        private Map<String, Value> expressionAttributeValues;
        private Select select;
        private Integer limit;
        private Map<String, Value> exclusiveStartKey;
        private Integer segment;
        private Integer totalSegments;
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

        /** The segment of a parallel scan this request reads, counted from 0. */
        public Builder segment(Integer value) {
            segment = value;
            return this;
        }

        /** The number of segments of a parallel scan. */
        public Builder totalSegments(Integer value) {
            totalSegments = value;
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
        public ScanRequest build() {
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
                    returnConsumedCapacity);
        }
    }
}
