package io.dynantic.it.model;

import io.dynantic.annotation.DiscriminatorValue;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.SortKey;
import java.math.BigDecimal;

/** A single-table design: customers and their orders in one table. */
@DynamoTable(value = "app", discriminator = "entity_type")
public sealed interface AppEntity permits AppEntity.Customer, AppEntity.Order {

    @DiscriminatorValue("CUSTOMER")
    record Customer(@PartitionKey String pk, @SortKey String sk, String name) implements AppEntity {}

    @DiscriminatorValue("ORDER")
    record Order(@PartitionKey String pk, @SortKey String sk, BigDecimal total) implements AppEntity {}
}
