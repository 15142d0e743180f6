package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.AsyncTable;
import io.dynantic.Dynantic;
import io.dynantic.ModelDefinitionException;
import io.dynantic.Table;
import io.dynantic.TableNotFoundException;
import io.dynantic.it.model.Reading;
import io.dynantic.it.model.User;
import io.dynantic.testing.LocalDynamoDb;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

class TableAdminTest {
    private final DynamoDbClient raw = LocalDynamoDb.shared().client();
    private final Dynantic dyn = Dynantic.builder()
            .client(raw)
            .tableNamePrefix("admin" + UUID.randomUUID().toString().substring(0, 8) + "_")
            .build();

    private TableDescription describe(Table<?> table) {
        return raw.describeTable(r -> r.tableName(table.tableName())).table();
    }

    private static String keys(java.util.List<KeySchemaElement> keys) {
        return keys.stream().map(k -> k.attributeName() + ":" + k.keyType()).collect(Collectors.joining(","));
    }

    @Test
    void createTableBuildsKeysIndexesAndTtlFromTheModel() {
        Table<User> users = dyn.table(User.class);
        users.createTable();
        try {
            TableDescription t = describe(users);
            assertThat(keys(t.keySchema())).isEqualTo("userId:HASH,email:RANGE");
            assertThat(t.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
            Map<String, String> types = t.attributeDefinitions().stream()
                    .collect(Collectors.toMap(AttributeDefinition::attributeName, d -> d.attributeTypeAsString()));
            assertThat(types)
                    .containsOnly(
                            Map.entry("userId", "S"),
                            Map.entry("email", "S"),
                            Map.entry("statusKey", "S"),
                            Map.entry("lastLogin", "S"),
                            Map.entry("signedUpAt", "S"));
            assertThat(t.globalSecondaryIndexes()).singleElement().satisfies(g -> {
                assertThat(g.indexName()).isEqualTo("by-status");
                assertThat(keys(g.keySchema())).isEqualTo("statusKey:HASH,lastLogin:RANGE");
                assertThat(g.projection().projectionType()).isEqualTo(ProjectionType.ALL);
            });
            assertThat(t.localSecondaryIndexes()).singleElement().satisfies(l -> {
                assertThat(l.indexName()).isEqualTo("by-created");
                assertThat(keys(l.keySchema())).isEqualTo("userId:HASH,signedUpAt:RANGE");
                assertThat(l.projection().projectionType()).isEqualTo(ProjectionType.ALL);
            });
            var ttl =
                    raw.describeTimeToLive(r -> r.tableName(users.tableName())).timeToLiveDescription();
            assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
            assertThat(ttl.attributeName()).isEqualTo("expiresAt");
        } finally {
            users.deleteTable();
        }
        assertThat(raw.listTables().tableNames()).doesNotContain(users.tableName());
    }

    @Test
    void numberAndBinaryKeys() {
        Table<Reading> readings = dyn.table(Reading.class);
        readings.createTable();
        try {
            TableDescription t = describe(readings);
            Map<String, String> types = t.attributeDefinitions().stream()
                    .collect(Collectors.toMap(AttributeDefinition::attributeName, d -> d.attributeTypeAsString()));
            assertThat(types).containsOnly(Map.entry("sensor", "N"), Map.entry("stamp", "B"), Map.entry("site", "N"));
            assertThat(keys(t.globalSecondaryIndexes().get(0).keySchema())).isEqualTo("site:HASH");
            Reading r = readings.save(new Reading(0, new byte[] {0}, 0, 0));
            assertThat(readings.get(0L, new byte[] {0}))
                    .hasValueSatisfying(x -> assertThat(x.sensor()).isZero());
            assertThat(r.site()).isZero();
        } finally {
            readings.deleteTable();
        }
    }

    @Test
    void createTableIfNotExistsIsIdempotent() {
        Table<Reading> readings = dyn.table(Reading.class);
        assertThat(readings.createTableIfNotExists()).isTrue();
        try {
            assertThat(readings.createTableIfNotExists()).isFalse();
        } finally {
            readings.deleteTable();
        }
        readings.deleteTable(); // a missing table is no error
    }

    @Test
    void anExistingTableWithAnotherKeyIsRefused() {
        Table<User> users = dyn.table(User.class);
        raw.createTable(r -> r.tableName(users.tableName())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("userId", "HASH"))
                .attributeDefinitions(definition("userId", "S")));
        try {
            assertThatThrownBy(users::createTableIfNotExists)
                    .isInstanceOf(ModelDefinitionException.class)
                    .hasMessage("User: table " + users.tableName() + " exists with the key userId (S, partition), but"
                            + " the model's is userId (S, partition), email (S, sort), and without the model's index"
                            + " by-status (global, statusKey (S, partition), lastLogin (S, sort)), and without the"
                            + " model's index by-created (local, userId (S, partition), signedUpAt (S, sort)); use"
                            + " another table name, or delete the table");
        } finally {
            users.deleteTable();
        }
    }

    @Test
    void anExistingTableWithoutTheModelsIndexesIsRefused() {
        Table<User> users = dyn.table(User.class);
        raw.createTable(r -> r.tableName(users.tableName())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("userId", "HASH"), key("email", "RANGE"))
                .attributeDefinitions(definition("userId", "S"), definition("email", "S"), definition("lastLogin", "S"))
                .globalSecondaryIndexes(
                        GlobalSecondaryIndex.builder()
                                .indexName("by-status")
                                .keySchema(key("lastLogin", "HASH"))
                                .projection(p -> p.projectionType(ProjectionType.ALL))
                                .build(),
                        GlobalSecondaryIndex.builder()
                                .indexName("by-email")
                                .keySchema(key("email", "HASH"))
                                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
                                .build()));
        try {
            assertThatThrownBy(users::createTableIfNotExists)
                    .isInstanceOf(ModelDefinitionException.class)
                    .hasMessage("User: table " + users.tableName() + " exists with the index by-status (global,"
                            + " lastLogin (S, partition)), but the model's is (global, statusKey (S, partition),"
                            + " lastLogin (S, sort)), and without the model's index by-created (local, userId (S,"
                            + " partition), signedUpAt (S, sort)); use another table name, or delete the table");
        } finally {
            users.deleteTable();
        }
        // The model's key and indexes are enough: an index it does not declare is left alone.
        raw.createTable(r -> r.tableName(users.tableName())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("userId", "HASH"), key("email", "RANGE"))
                .attributeDefinitions(
                        definition("userId", "S"),
                        definition("email", "S"),
                        definition("statusKey", "S"),
                        definition("lastLogin", "S"),
                        definition("signedUpAt", "S"))
                .globalSecondaryIndexes(
                        GlobalSecondaryIndex.builder()
                                .indexName("by-status")
                                .keySchema(key("statusKey", "HASH"), key("lastLogin", "RANGE"))
                                .projection(p -> p.projectionType(ProjectionType.ALL))
                                .build(),
                        GlobalSecondaryIndex.builder()
                                .indexName("by-email")
                                .keySchema(key("email", "HASH"))
                                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
                                .build())
                .localSecondaryIndexes(LocalSecondaryIndex.builder()
                        .indexName("by-created")
                        .keySchema(key("userId", "HASH"), key("signedUpAt", "RANGE"))
                        .projection(p -> p.projectionType(ProjectionType.ALL))
                        .build()));
        try {
            assertThat(users.createTableIfNotExists()).isFalse();
        } finally {
            users.deleteTable();
        }
    }

    private static KeySchemaElement key(String attribute, String type) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
    }

    private static AttributeDefinition definition(String attribute, String type) {
        return AttributeDefinition.builder()
                .attributeName(attribute)
                .attributeType(type)
                .build();
    }

    @Test
    void operationsOnAMissingTable() {
        Table<Reading> readings = dyn.table(Reading.class);
        assertThatThrownBy(() -> readings.get(1L, new byte[] {1}))
                .isInstanceOf(TableNotFoundException.class)
                .hasMessage("get on table " + readings.tableName()
                        + ": the table does not exist; create it with createTable()");
    }

    @Test
    void theAsyncTwinCreatesAndDeletesWithoutBlocking() throws Exception {
        Dynantic async = Dynantic.builder()
                .asyncClient(LocalDynamoDb.shared().asyncClient())
                .tableNamePrefix("async" + UUID.randomUUID().toString().substring(0, 8) + "_")
                .build();
        AsyncTable<User> users = async.asyncTable(User.class);
        users.createTable().get(1, TimeUnit.MINUTES);
        try {
            TableDescription t =
                    raw.describeTable(r -> r.tableName(users.tableName())).table();
            assertThat(t.globalSecondaryIndexes())
                    .extracting(g -> g.indexName())
                    .containsExactly("by-status");
            assertThat(raw.describeTimeToLive(r -> r.tableName(users.tableName()))
                            .timeToLiveDescription()
                            .attributeName())
                    .isEqualTo("expiresAt");
            assertThat(users.createTableIfNotExists().get(1, TimeUnit.MINUTES)).isFalse();
        } finally {
            users.deleteTable().get(1, TimeUnit.MINUTES);
        }
        assertThat(raw.listTables().tableNames()).doesNotContain(users.tableName());
        assertThat(users.createTableIfNotExists().get(1, TimeUnit.MINUTES)).isTrue();
        users.deleteTable().get(1, TimeUnit.MINUTES);
        users.deleteTable().get(1, TimeUnit.MINUTES); // a missing table is no error
    }
}
