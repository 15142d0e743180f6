package io.dynantic.it.model;

import io.dynantic.annotation.Convert;
import io.dynantic.annotation.CreatedAt;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.UpdatedAt;
import java.time.Instant;
import java.util.List;

/** Converters: a field converter, and Money fields left to a converter registered on the builder. */
@DynamoTable("invoices")
public record Invoice(
        @PartitionKey String id,
        @Convert(UpperCase.class) String customer,
        Money total,
        List<Money> lines,
        @CreatedAt Instant createdAt,
        @UpdatedAt Instant updatedAt) {}
