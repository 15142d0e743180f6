package io.dynantic.it.model;

import io.dynantic.annotation.AutoUuid;
import io.dynantic.annotation.CreatedAt;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.UpdatedAt;
import java.time.Instant;

/** A table with a generated key and timestamps. */
@DynamoTable("products")
public record Product(
        @PartitionKey @AutoUuid String productId,
        String name,
        @CreatedAt Instant createdAt,
        @UpdatedAt Instant updatedAt) {}
