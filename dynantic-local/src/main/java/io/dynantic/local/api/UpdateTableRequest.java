package io.dynantic.local.api;

import java.util.List;

/**
 * An UpdateTable request: a new billing mode or capacity, global secondary indexes to create, update or delete
 * (with the definitions of the new index's key attributes), deletion protection turned on or off, and stream
 * settings. Parameters not given are {@code null} or empty.
 */
public record UpdateTableRequest(
        String tableName,
        List<AttributeDefinition> attributeDefinitions,
        BillingMode billingMode,
        ProvisionedThroughput provisionedThroughput,
        List<GlobalSecondaryIndexUpdate> globalSecondaryIndexUpdates,
        Boolean deletionProtectionEnabled,
        StreamSpecification streamSpecification) {
    public UpdateTableRequest {
        attributeDefinitions = attributeDefinitions == null ? List.of() : List.copyOf(attributeDefinitions);
        globalSecondaryIndexUpdates =
                globalSecondaryIndexUpdates == null ? List.of() : List.copyOf(globalSecondaryIndexUpdates);
    }
}
