package io.dynantic.it.model;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.GsiPartitionKey;
import io.dynantic.annotation.GsiSortKey;
import io.dynantic.annotation.LsiSortKey;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.SortKey;
import java.time.Instant;

/** For queries: an Instant sort key, a GSI with a number sort key, an LSI with a string sort key. */
@DynamoTable("events")
public record Event(
        @PartitionKey String stream,
        @SortKey Instant at,
        @GsiPartitionKey("by-kind") String kind,
        @GsiSortKey("by-kind") long seq,
        @LsiSortKey("by-label") String label,
        int size) {}
