package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.ConditionFailedException;
import io.dynantic.Dynantic;
import io.dynantic.ItemValidationException;
import io.dynantic.Key;
import io.dynantic.Table;
import io.dynantic.TransactDelete;
import io.dynantic.TransactionCanceledException;
import io.dynantic.UnknownSubtypeException;
import io.dynantic.expression.Attribute;
import io.dynantic.it.model.AppEntity;
import io.dynantic.it.model.AppEntity.Customer;
import io.dynantic.it.model.AppEntity.Order;
import io.dynantic.it.model.AppEntity_Order_;
import io.dynantic.testing.DynamoTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What the foundation gives single-table designs: the discriminator is written and read back. */
@DynamoTest(models = AppEntity.class)
class PolymorphismTest {

    @Test
    void itemsComeBackAsTheirOwnSubtype(Dynantic dyn, DynamoDbClient raw) {
        Table<AppEntity> app = dyn.table(AppEntity.class);
        app.save(new Customer("CUST#1", "PROFILE", "Ada"));
        app.save(new Order("CUST#1", "ORDER#1", new BigDecimal("9.99")));

        assertThat(app.get("CUST#1", "PROFILE")).containsInstanceOf(Customer.class);
        assertThat(app.get("CUST#1", "ORDER#1")).contains(new Order("CUST#1", "ORDER#1", new BigDecimal("9.99")));
        Map<String, AttributeValue> stored = raw.getItem(r -> r.tableName(app.tableName())
                        .key(Map.of("pk", AttributeValue.fromS("CUST#1"), "sk", AttributeValue.fromS("PROFILE"))))
                .item();
        assertThat(stored).containsEntry("entity_type", AttributeValue.fromS("CUSTOMER"));
    }

    @Test
    void aSubtypeViewSeesOnlyItsSubtype(Dynantic dyn) {
        Table<AppEntity> app = dyn.table(AppEntity.class);
        Table<Order> orders = dyn.table(Order.class);
        assertThat(orders.tableName()).isEqualTo(app.tableName());
        app.save(new Customer("CUST#2", "PROFILE", "Grace"));
        orders.save(new Order("CUST#2", "ORDER#7", BigDecimal.ONE));
        assertThat(orders.get("CUST#2", "PROFILE")).isEmpty();
        assertThat(orders.exists(Key.of("CUST#2", "PROFILE"))).isFalse();
        assertThat(orders.get("CUST#2", "ORDER#7")).isPresent();
    }

    @Test
    void anUnknownStoredSubtypeIsAnError(Dynantic dyn, DynamoDbClient raw) {
        Table<AppEntity> app = dyn.table(AppEntity.class);
        raw.putItem(r -> r.tableName(app.tableName())
                .item(Map.of(
                        "pk", AttributeValue.fromS("X"),
                        "sk", AttributeValue.fromS("Y"),
                        "entity_type", AttributeValue.fromS("java.lang.Runtime"))));
        assertThatThrownBy(() -> app.get("X", "Y"))
                .isInstanceOf(UnknownSubtypeException.class)
                .hasMessage("AppEntity: the stored entity_type \"java.lang.Runtime\" names no registered subtype;"
                        + " registered: [CUSTOMER, ORDER]");
    }

    @Test
    void savesAndDeletesThroughAViewKeepToItsSubtype(Dynantic dyn) {
        Table<AppEntity> app = dyn.table(AppEntity.class);
        Table<Order> orders = dyn.table(Order.class);
        Customer ada = new Customer("CUST#50", "PROFILE", "Ada");
        app.save(ada);
        String refused = "on table " + app.tableName() + ": the item with this key is a CUSTOMER, which a view of Order"
                + " does not write";

        assertThatThrownBy(() -> orders.save(new Order("CUST#50", "PROFILE", BigDecimal.ONE)))
                .isInstanceOf(ConditionFailedException.class)
                .hasMessage("save " + refused);
        assertThatThrownBy(() -> orders.delete(Key.of("CUST#50", "PROFILE")))
                .isInstanceOf(ConditionFailedException.class)
                .hasMessage("delete " + refused);
        assertThatThrownBy(() -> orders.delete(new Order("CUST#50", "PROFILE", BigDecimal.ONE)))
                .isInstanceOf(ConditionFailedException.class)
                .hasMessage("delete " + refused);
        assertThatThrownBy(
                        () -> dyn.transactWrite(List.of(TransactDelete.of(Order.class, Key.of("CUST#50", "PROFILE")))))
                .isInstanceOf(TransactionCanceledException.class);
        assertThat(app.get("CUST#50", "PROFILE")).contains(ada);

        Order order = orders.save(new Order("CUST#50", "ORDER#1", BigDecimal.TEN));
        orders.save(new Order("CUST#50", "ORDER#1", BigDecimal.ONE));
        orders.delete(order);
        orders.delete(Key.of("CUST#50", "ORDER#2")); // deleting nothing is fine through a view too
        assertThat(app.query("CUST#50").list()).containsExactly(ada);
    }

    @Test
    void updatesThroughAViewKeepToItsSubtype(Dynantic dyn, DynamoDbClient raw) {
        Table<AppEntity> app = dyn.table(AppEntity.class);
        Table<Order> orders = dyn.table(Order.class);
        app.save(new Customer("CUST#3", "PROFILE", "Ada"));
        assertThatThrownBy(() -> orders.update("CUST#3", "PROFILE")
                        .set(AppEntity_Order_.total, BigDecimal.TEN)
                        .execute())
                .isInstanceOf(ConditionFailedException.class);
        assertThat(app.get("CUST#3", "PROFILE")).contains(new Customer("CUST#3", "PROFILE", "Ada"));

        orders.update("CUST#3", "ORDER#1")
                .increment(AppEntity_Order_.total, new BigDecimal("2.50"))
                .execute();
        Map<String, AttributeValue> stored = raw.getItem(r -> r.tableName(app.tableName())
                        .key(Map.of("pk", AttributeValue.fromS("CUST#3"), "sk", AttributeValue.fromS("ORDER#1"))))
                .item();
        assertThat(stored).containsEntry("entity_type", AttributeValue.fromS("ORDER"));
        assertThat(app.get("CUST#3", "ORDER#1"))
                .hasValueSatisfying(
                        entity -> assertThat(((Order) entity).total()).isEqualByComparingTo("2.5"));
    }

    @Test
    void updatesThroughTheBaseTypeNeedAnExistingItem(Dynantic dyn) {
        Table<AppEntity> app = dyn.table(AppEntity.class);
        app.save(new Customer("CUST#4", "PROFILE", "Ada"));
        // Subtype fields are typed on their own model, so the base type reaches them by name.
        app.update("CUST#4", "PROFILE").set(Attribute.named("name"), "Grace").execute();
        assertThat(app.get("CUST#4", "PROFILE")).contains(new Customer("CUST#4", "PROFILE", "Grace"));
        assertThatThrownBy(() -> app.update("CUST#4", "NOTHING")
                        .set(Attribute.named("name"), "Nobody")
                        .execute())
                .isInstanceOf(ConditionFailedException.class);
        assertThat(app.get("CUST#4", "NOTHING")).isEmpty();
        assertThatThrownBy(() -> app.update("CUST#4", "PROFILE")
                        .set(Attribute.named("entity_type"), "ORDER")
                        .execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("AppEntity.entity_type: the discriminator is managed by the library; it follows the"
                        + " model type");
    }

    @Test
    void queriesThroughAViewSkipOtherSubtypes(Dynantic dyn) {
        Table<AppEntity> app = dyn.table(AppEntity.class);
        Table<Order> orders = dyn.table(Order.class);
        app.save(new Customer("CUST#5", "PROFILE", "Ada"));
        for (int i = 1; i <= 5; i++) {
            orders.save(new Order("CUST#5", "ORDER#" + i, BigDecimal.valueOf(i)));
        }
        assertThat(app.query("CUST#5").list()).hasSize(6).hasAtLeastOneElementOfType(Customer.class);
        assertThat(orders.query("CUST#5").pageSize(2).limit(4).list())
                .extracting(Order::sk)
                .containsExactly("ORDER#1", "ORDER#2", "ORDER#3", "ORDER#4");
        assertThat(orders.query("CUST#5").count()).isEqualTo(5);
        assertThat(orders.query("CUST#5").eq("ORDER#3").one().total()).isEqualByComparingTo("3");
        assertThat(orders.query("CUST#5").eq("PROFILE").first()).isEmpty();
        assertThat(orders.scan().filter(AppEntity_Order_.pk.eq("CUST#5")).list())
                .hasSize(5);
    }

    @Test
    void aViewLeavesOutSubtypesThisBuildDoesNotKnowInReadsAndCountsAlike(Dynantic dyn, DynamoDbClient raw) {
        Table<Order> orders = dyn.table(Order.class);
        orders.save(new Order("CUST#6", "ORDER#1", BigDecimal.ONE));
        // Written by a newer deployment that knows an INVOICE subtype, and by code that wrote no type at all.
        raw.putItem(r -> r.tableName(orders.tableName())
                .item(Map.of(
                        "pk", AttributeValue.fromS("CUST#6"),
                        "sk", AttributeValue.fromS("INVOICE#1"),
                        "entity_type", AttributeValue.fromS("INVOICE"))));
        raw.putItem(r -> r.tableName(orders.tableName())
                .item(Map.of("pk", AttributeValue.fromS("CUST#6"), "sk", AttributeValue.fromS("LEGACY#1"))));
        assertThat(orders.query("CUST#6").list()).extracting(Order::sk).containsExactly("ORDER#1");
        assertThat(orders.query("CUST#6").count()).isEqualTo(1);
    }
}
