package io.dynantic.it.model;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.Version;

/** A versioned counter, for the concurrency tests. */
@DynamoTable("counters")
public record Counter(
        @PartitionKey String id, int count, @Version Long version) {}
