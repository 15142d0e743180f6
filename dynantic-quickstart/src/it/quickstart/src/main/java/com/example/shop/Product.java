package com.example.shop;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.SortKey;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

@DynamoTable("products")
public record Product(
        @PartitionKey String category,
        @SortKey String sku,
        @NotBlank String name,
        @Positive BigDecimal price,
        Dimensions dimensions) {

    /** Stored inside the product's item, as a map. */
    public record Dimensions(int widthMm, int heightMm, double weightKg) {}
}
