package io.dynantic.it.model;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.UpdatedAt;
import java.time.Instant;

/** A model whose writes carry a generated timestamp, for the stubbed transaction tests. */
@DynamoTable("things")
public record Stamped(
        @PartitionKey String id, String name, @UpdatedAt Instant at) {}
