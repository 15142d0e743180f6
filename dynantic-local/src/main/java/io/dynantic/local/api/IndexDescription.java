package io.dynantic.local.api;

import java.util.List;

/**
 * A secondary index as DescribeTable reports it; {@code indexStatus} is ACTIVE for a global secondary index and
 * {@code null} for a local one, as DynamoDB reports them.
 */
public record IndexDescription(
        String indexName,
        List<KeySchemaElement> keySchema,
        Projection projection,
        String indexStatus,
        long itemCount,
        long indexSizeBytes,
        String indexArn) {
    public IndexDescription {
        keySchema = List.copyOf(keySchema);
    }
}
