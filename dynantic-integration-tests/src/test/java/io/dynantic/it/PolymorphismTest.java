package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.Dynantic;
import io.dynantic.Key;
import io.dynantic.Table;
import io.dynantic.UnknownSubtypeException;
import io.dynantic.it.model.AppEntity;
import io.dynantic.it.model.AppEntity.Customer;
import io.dynantic.it.model.AppEntity.Order;
import io.dynantic.testing.DynamoTest;
import java.math.BigDecimal;
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
}
