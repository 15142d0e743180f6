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
        String indexArn,
        ProvisionedThroughputDescription provisionedThroughput,
        WarmThroughput warmThroughput) {
    public IndexDescription {
        keySchema = List.copyOf(keySchema);
    }
}
