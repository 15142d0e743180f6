package io.dynantic.local;

import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.api.AttributeDefinition;
import io.dynantic.local.api.BillingMode;
import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.DeleteTableRequest;
import io.dynantic.local.api.DescribeTableRequest;
import io.dynantic.local.api.GetItemRequest;
import io.dynantic.local.api.KeySchemaElement;
import io.dynantic.local.api.KeyType;
import io.dynantic.local.api.ListTablesRequest;
import io.dynantic.local.api.ListTablesResponse;
import io.dynantic.local.api.PutItemRequest;
import io.dynantic.local.api.ScalarAttributeType;
import io.dynantic.local.api.SecondaryIndex;
import io.dynantic.local.api.TableDescription;
import io.dynantic.local.api.TableStatus;
import io.dynantic.local.value.ItemSize;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableLifecycleTest {
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private final Engine engine = Engine.create(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void createsDescribesAndDeletesATable() {
        TableDescription created = engine.createTable(
                        CreateTableRequest.of("users", "userId", ScalarAttributeType.S, "ts", ScalarAttributeType.N))
                .tableDescription();

        assertThat(created.tableName()).isEqualTo("users");
        assertThat(created.tableArn()).isEqualTo("arn:aws:dynamodb:ddblocal:000000000000:table/users");
        assertThat(created.keySchema())
                .containsExactly(
                        new KeySchemaElement("userId", KeyType.HASH), new KeySchemaElement("ts", KeyType.RANGE));
        assertThat(created.attributeDefinitions())
                .containsExactly(
                        new AttributeDefinition("userId", ScalarAttributeType.S),
                        new AttributeDefinition("ts", ScalarAttributeType.N));
        assertThat(created.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(created.creationDateTime()).isEqualTo(NOW);
        assertThat(created.itemCount()).isZero();
        assertThat(created.tableSizeBytes()).isZero();

        assertThat(engine.describeTable(new DescribeTableRequest("users")).table())
                .isEqualTo(created);
        assertThat(engine.deleteTable(new DeleteTableRequest("users")).tableDescription())
                .usingRecursiveComparison()
                .ignoringFields("tableStatus")
                .isEqualTo(created);
        assertThat(engine.listTables(new ListTablesRequest(null, null)).tableNames())
                .isEmpty();
        assertThatThrownBy(() -> engine.describeTable(new DescribeTableRequest("users")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found: Table: users not found");
        assertThatThrownBy(() -> engine.deleteTable(new DeleteTableRequest("users")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found: Table: users not found");
    }

    @Test
    void countsItemsAndTheirSize() {
        engine.createTable(CreateTableRequest.of("users", "userId", ScalarAttributeType.S));
        var first = item("userId", s("a"), "n", n("1"));
        var second = item("userId", s("b"), "name", s("bob"));
        engine.putItem(PutItemRequest.of("users", first));
        engine.putItem(PutItemRequest.of("users", second));
        engine.putItem(PutItemRequest.of("users", second));

        TableDescription table =
                engine.describeTable(new DescribeTableRequest("users")).table();
        assertThat(table.itemCount()).isEqualTo(2);
        assertThat(table.tableSizeBytes()).isEqualTo(ItemSize.of(first) + ItemSize.of(second));
    }

    @Test
    void refusesATableThatExists() {
        engine.createTable(CreateTableRequest.of("users", "userId", ScalarAttributeType.S));

        assertThatThrownBy(() -> engine.createTable(CreateTableRequest.of("users", "id", ScalarAttributeType.N)))
                .isInstanceOf(ResourceInUseException.class)
                .hasMessage("Table already exists: users");
    }

    @Test
    void refusesAnIndexKeyWithoutAnAttributeDefinition() {
        var request = CreateTableRequest.builder("users")
                .keySchema(List.of(new KeySchemaElement("userId", KeyType.HASH)))
                .attributeDefinitions(List.of(new AttributeDefinition("userId", ScalarAttributeType.S)))
                .globalSecondaryIndexes(
                        List.of(new SecondaryIndex("byName", List.of(new KeySchemaElement("name", KeyType.HASH)))))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();

        assertThatThrownBy(() -> engine.createTable(request))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Some index key attributes are not defined in"
                        + " AttributeDefinitions. Keys: [name], AttributeDefinitions: [userId]");
    }

    @Test
    void refusesKeyAttributesWithoutDefinitions() {
        var request = CreateTableRequest.builder("users")
                .keySchema(List.of(new KeySchemaElement("userId", KeyType.HASH)))
                .attributeDefinitions(List.of(new AttributeDefinition("other", ScalarAttributeType.S)))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();

        assertThatThrownBy(() -> engine.createTable(request))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid KeySchema: Some index key attribute have no definition");
    }

    @Test
    void refusesExtraDefinitionsAndBadNames() {
        var request = CreateTableRequest.builder("users")
                .keySchema(List.of(new KeySchemaElement("userId", KeyType.HASH)))
                .attributeDefinitions(List.of(
                        new AttributeDefinition("userId", ScalarAttributeType.S),
                        new AttributeDefinition("other", ScalarAttributeType.S)))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
        assertThatThrownBy(() -> engine.createTable(request))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Number of attributes in KeySchema does not"
                        + " exactly match number of attributes defined in AttributeDefinitions");
        assertThatThrownBy(() -> engine.createTable(CreateTableRequest.of("ab", "id", ScalarAttributeType.S)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint:"
                        + " Member must have length greater than or equal to 3");
    }

    @Test
    void listsTablesInPages() {
        for (String name : List.of("delta", "alpha", "charlie", "bravo", "echo")) {
            engine.createTable(CreateTableRequest.of(name, "id", ScalarAttributeType.S));
        }

        ListTablesResponse first = engine.listTables(new ListTablesRequest(null, 2));
        assertThat(first.tableNames()).containsExactly("alpha", "bravo");
        assertThat(first.lastEvaluatedTableName()).isEqualTo("bravo");
        ListTablesResponse second = engine.listTables(new ListTablesRequest("bravo", 2));
        assertThat(second.tableNames()).containsExactly("charlie", "delta");
        ListTablesResponse last = engine.listTables(new ListTablesRequest("delta", 2));
        assertThat(last.tableNames()).containsExactly("echo");
        assertThat(last.lastEvaluatedTableName()).isNull();
        ListTablesResponse all = engine.listTables(new ListTablesRequest(null, null));
        assertThat(all.tableNames()).containsExactly("alpha", "bravo", "charlie", "delta", "echo");
        assertThat(all.lastEvaluatedTableName()).isNull();

        assertThatThrownBy(() -> engine.listTables(new ListTablesRequest(null, 101)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value '101' at 'limit' failed to satisfy constraint:"
                        + " Member must have value less than or equal to 100");
    }

    @Test
    void itemActionsOnAMissingTableFail() {
        assertThatThrownBy(() -> engine.getItem(GetItemRequest.of("nope", item("id", s("1")))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found");
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.of("nope", item("id", s("1")))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found");
    }
}
