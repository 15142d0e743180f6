package io.dynantic.it.model;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.GsiPartitionKey;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.SortKey;
import io.dynantic.annotation.Ttl;

/** Number keys, a GSI without sort key, and a long TTL. */
@DynamoTable("readings")
public record Reading(
        @PartitionKey long sensor,
        @SortKey byte[] stamp,
        @GsiPartitionKey("by-site") int site,
        @Ttl long expires) {}
