package io.dynantic.examples;

import io.dynantic.annotation.AutoUuid;
import io.dynantic.annotation.CreatedAt;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import java.math.BigDecimal;
import java.time.Instant;

/** A purchase, recorded in the same transaction that debits the wallet. */
@DynamoTable("purchases")
public record Purchase(
        @PartitionKey @AutoUuid String id,
        String owner,
        String article,
        BigDecimal total,
        @CreatedAt Instant at) {}
