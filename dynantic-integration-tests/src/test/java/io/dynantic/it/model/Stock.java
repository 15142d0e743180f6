package io.dynantic.it.model;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.SortKey;
import io.dynantic.annotation.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** Stock of a product in a warehouse: constraints at the top level and in a cascaded nested record. */
@DynamoTable("stock")
public record Stock(
        @PartitionKey String sku,
        @SortKey String warehouse,
        @NotBlank String name,
        BigDecimal price,
        @PositiveOrZero int quantity,
        @Valid Dimensions dimensions,
        Node tree,
        @Version Long version) {

    /** The package's size, each side positive. */
    public record Dimensions(@Positive int width, @Positive int height) {}

    /** A chain of nodes, as deep as a test makes it. */
    public record Node(String label, Node child) {
        /** A chain of {@code depth} nodes. */
        public static Node chain(int depth) {
            Node node = null;
            for (int i = depth; i > 0; i--) {
                node = new Node("n" + i, node);
            }
            return node;
        }
    }

    /** A valid item with these keys. */
    public static Stock of(String sku, String warehouse) {
        return new Stock(sku, warehouse, "Widget", BigDecimal.ONE, 1, new Dimensions(1, 1), null, null);
    }

    public Stock withTree(Node t) {
        return new Stock(sku, warehouse, name, price, quantity, dimensions, t, version);
    }
}
