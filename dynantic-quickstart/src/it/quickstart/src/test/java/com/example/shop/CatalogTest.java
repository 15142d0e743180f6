package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynantic.Dynantic;
import io.dynantic.ItemValidationException;
import io.dynantic.Table;
import io.dynantic.testing.DynamoTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

// Starts a local DynamoDB-compatible server once per JVM and creates the products table for
// this class, under a table-name prefix of its own.
@DynamoTest(models = Product.class)
class CatalogTest {
    @Test
    void savesAndReads(Dynantic dyn) {
        Table<Product> products = dyn.table(Product.class);
        products.save(new Product("desks", "D-1", "Standing desk", new BigDecimal("499"), null));

        assertEquals("Standing desk", products.get("desks", "D-1").orElseThrow().name());
    }

    @Test
    void queriesWithTheMetamodel(Dynantic dyn) {
        Catalog catalog = new Catalog(dyn);
        catalog.add(lamp("L-100", "39.90", 1.2));
        catalog.add(lamp("L-200", "89.00", 6.5));
        catalog.add(lamp("L-300", "59.00", 0.8));
        catalog.reprice("lamps", "L-300", new BigDecimal("45.00"));

        List<Product> found = catalog.cheapAndLight("lamps", new BigDecimal("50"), 2.0);

        assertEquals(List.of("L-100", "L-300"), found.stream().map(Product::sku).toList());
    }

    @Test
    void refusesAnInvalidProductBeforeSending(Dynantic dyn) {
        Product unnamed = new Product("lamps", "L-400", " ", new BigDecimal("10"), null);

        assertThrows(ItemValidationException.class, () -> dyn.table(Product.class).save(unnamed));
    }

    private static Product lamp(String sku, String price, double weightKg) {
        return new Product("lamps", sku, "Lamp " + sku, new BigDecimal(price),
                new Product.Dimensions(200, 500, weightKg));
    }
}
