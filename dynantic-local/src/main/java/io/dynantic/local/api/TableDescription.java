package io.dynantic.local.api;

import java.time.Instant;
import java.util.List;

/** A table as DescribeTable reports it. */
public record TableDescription(
        String tableName,
        String tableArn,
        List<KeySchemaElement> keySchema,
        List<AttributeDefinition> attributeDefinitions,
        TableStatus tableStatus,
        Instant creationDateTime,
        long itemCount,
        long tableSizeBytes) {
    public TableDescription {
        keySchema = List.copyOf(keySchema);
        attributeDefinitions = List.copyOf(attributeDefinitions);
    }
}
