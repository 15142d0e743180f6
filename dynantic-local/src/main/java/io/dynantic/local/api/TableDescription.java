package io.dynantic.local.api;

import java.time.Instant;
import java.util.List;

/** A table as DescribeTable reports it; a table without indexes of a kind has an empty list of them. */
public record TableDescription(
        String tableName,
        String tableArn,
        List<KeySchemaElement> keySchema,
        List<AttributeDefinition> attributeDefinitions,
        TableStatus tableStatus,
        Instant creationDateTime,
        long itemCount,
        long tableSizeBytes,
        List<IndexDescription> globalSecondaryIndexes,
        List<IndexDescription> localSecondaryIndexes,
        BillingModeSummary billingModeSummary,
        ProvisionedThroughputDescription provisionedThroughput,
        Boolean deletionProtectionEnabled,
        WarmThroughput warmThroughput) {
    public TableDescription {
        keySchema = List.copyOf(keySchema);
        attributeDefinitions = List.copyOf(attributeDefinitions);
        globalSecondaryIndexes = List.copyOf(globalSecondaryIndexes);
        localSecondaryIndexes = List.copyOf(localSecondaryIndexes);
    }
}
