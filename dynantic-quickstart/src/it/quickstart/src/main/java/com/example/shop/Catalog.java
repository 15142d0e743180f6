package com.example.shop;

import io.dynantic.Dynantic;
import io.dynantic.Table;
import java.math.BigDecimal;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

public final class Catalog {
    private final Table<Product> products;

    public Catalog(Dynantic dyn) {
        this.products = dyn.table(Product.class);
    }

    public Product add(Product product) {
        return products.save(product);
    }

    /** The category's products costing at most maxPrice and weighing less than maxKg, by SKU. */
    public List<Product> cheapAndLight(String category, BigDecimal maxPrice, double maxKg) {
        return products.query(category)
                .filter(Product_.price.le(maxPrice)
                        .and(Product_.dimensions.then(Product_Dimensions_.weightKg).lt(maxKg)))
                .list();
    }

    /** Sets a new price without reading the item first. */
    public void reprice(String category, String sku, BigDecimal price) {
        products.update(category, sku).set(Product_.price, price).execute();
    }

    public static void main(String[] args) {
        // Region, credentials and endpoint come from the AWS SDK's defaults (environment, ~/.aws).
        try (DynamoDbClient client = DynamoDbClient.create()) {
            Dynantic dyn = Dynantic.create(client);
            dyn.table(Product.class).createTableIfNotExists();

            Catalog catalog = new Catalog(dyn);
            catalog.add(new Product("lamps", "L-100", "Desk lamp", new BigDecimal("39.90"),
                    new Product.Dimensions(180, 450, 1.2)));
            catalog.add(new Product("lamps", "L-200", "Floor lamp", new BigDecimal("89.00"),
                    new Product.Dimensions(350, 1600, 6.5)));
            catalog.reprice("lamps", "L-200", new BigDecimal("79.00"));

            for (Product p : catalog.cheapAndLight("lamps", new BigDecimal("50"), 2.0)) {
                System.out.println(p.sku() + " " + p.name() + " " + p.price());
            }
        }
    }
}
