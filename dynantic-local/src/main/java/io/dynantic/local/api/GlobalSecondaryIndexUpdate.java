package io.dynantic.local.api;

/** One change of UpdateTable's GlobalSecondaryIndexUpdates: exactly one of its parts is set. */
public record GlobalSecondaryIndexUpdate(
        UpdateGlobalSecondaryIndex update, SecondaryIndex create, DeleteGlobalSecondaryIndex delete) {
    /** Names the index whose provisioned throughput changes, and the new throughput. */
    public record UpdateGlobalSecondaryIndex(String indexName, ProvisionedThroughput provisionedThroughput) {}

    /** Names the index to delete. */
    public record DeleteGlobalSecondaryIndex(String indexName) {}
}
