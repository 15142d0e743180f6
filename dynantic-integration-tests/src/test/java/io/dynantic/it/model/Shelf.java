package io.dynantic.it.model;

import io.dynantic.annotation.Convert;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.SortKey;

/** A sort key stored through a converter: its conditions are encoded as its values are. */
@DynamoTable("shelves")
public record Shelf(
        @PartitionKey String aisle,
        @SortKey @Convert(UpperCase.class) String code) {}
