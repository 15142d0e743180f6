package io.dynantic.it.model;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import java.math.BigDecimal;

/** A decimal partition key: 3 and 3.0 name one item. */
@DynamoTable("prices")
public record Price(@PartitionKey BigDecimal amount, String label) {}
