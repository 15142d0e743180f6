package io.dynantic.examples;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.Version;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** A member's balance, debited by purchases. */
@DynamoTable("wallets")
public record Wallet(
        @PartitionKey String owner,
        @PositiveOrZero BigDecimal balance,
        @Version Long version) {}
