package io.dynantic.local.api;

/** One change of UpdateTable's GlobalSecondaryIndexUpdates: exactly one of its parts is set. */
public record GlobalSecondaryIndexUpdate(SecondaryIndex create, DeleteGlobalSecondaryIndex delete) {
    /** Names the index to delete. */
    public record DeleteGlobalSecondaryIndex(String indexName) {}
}
