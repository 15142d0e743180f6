package io.dynantic.local.api;

import java.util.List;

/**
 * An UpdateTable request: a new billing mode or capacity, and global secondary indexes to create or delete (with
 * the definitions of new key attributes). Parameters not given are {@code null} or empty.
 */
public record UpdateTableRequest(
        String tableName,
        List<AttributeDefinition> attributeDefinitions,
        BillingMode billingMode,
        ProvisionedThroughput provisionedThroughput,
        List<GlobalSecondaryIndexUpdate> globalSecondaryIndexUpdates) {
    public UpdateTableRequest {
        attributeDefinitions = attributeDefinitions == null ? List.of() : List.copyOf(attributeDefinitions);
        globalSecondaryIndexUpdates =
                globalSecondaryIndexUpdates == null ? List.of() : List.copyOf(globalSecondaryIndexUpdates);
    }
}
