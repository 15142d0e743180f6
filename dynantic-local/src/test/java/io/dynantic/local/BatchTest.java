package io.dynantic.local;

import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.api.BatchGetItemRequest;
import io.dynantic.local.api.BatchGetItemResponse;
import io.dynantic.local.api.BatchWriteItemRequest;
import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.GetItemRequest;
import io.dynantic.local.api.KeysAndAttributes;
import io.dynantic.local.api.PutItemRequest;
import io.dynantic.local.api.ScalarAttributeType;
import io.dynantic.local.api.WriteRequest;
import io.dynantic.local.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchTest {
    private static final String USERS = "users";
    private static final String ORDERS = "orders";
    private final Engine engine = Engine.create();

    @BeforeEach
    void createTables() {
        engine.createTable(CreateTableRequest.of(USERS, "userId", ScalarAttributeType.S));
        engine.createTable(CreateTableRequest.of(ORDERS, "orderId", ScalarAttributeType.N));
    }

    private static Map<String, Value> user(String id) {
        return item("userId", s(id));
    }

    private Map<String, Value> get(String table, Map<String, Value> key) {
        return engine.getItem(GetItemRequest.of(table, key)).item();
    }

    private static List<Map<String, Value>> users(int count) {
        List<Map<String, Value>> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(user("u" + i));
        }
        return keys;
    }

    // BatchGetItem

    @Test
    void batchGetReadsAcrossTablesWithProjectionsAndEmptyListsForMissingItems() {
        engine.putItem(PutItemRequest.of(USERS, item("userId", s("u1"), "name", s("alice"), "age", n("30"))));
        engine.putItem(PutItemRequest.of(USERS, item("userId", s("u2"), "name", s("bob"))));
        BatchGetItemResponse response = engine.batchGetItem(BatchGetItemRequest.of(Map.of(
                USERS,
                KeysAndAttributes.builder(List.of(user("u1"), user("u2"), user("u3")))
                        .projectionExpression("#n")
                        .expressionAttributeNames(Map.of("#n", "name"))
                        .build(),
                ORDERS,
                KeysAndAttributes.builder(List.of(item("orderId", n("1"))))
                        .consistentRead(true)
                        .build())));

        assertThat(response.responses().get(USERS))
                .containsExactlyInAnyOrder(item("name", s("alice")), item("name", s("bob")));
        assertThat(response.responses().get(ORDERS)).isEmpty();
        assertThat(response.unprocessedKeys()).isEmpty();
    }

    @Test
    void batchGetRefusesAnEmptyRequest() {
        assertThatThrownBy(() -> engine.batchGetItem(BatchGetItemRequest.of(Map.of())))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value at 'RequestItems' failed to satisfy constraint:"
                        + " Member must have length greater than or equal to 1");
    }

    @Test
    void batchGetRefusesAnEmptyKeyList() {
        assertThatThrownBy(() ->
                        engine.batchGetItem(BatchGetItemRequest.of(Map.of(USERS, KeysAndAttributes.of(List.of())))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value '[]' at 'requestItems.users.member.keys' failed to"
                        + " satisfy constraint: Member must have length greater than or equal to 1");
    }

    @Test
    void batchGetRefusesMoreThan100KeysAcrossTables() {
        List<Map<String, Value>> orders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            orders.add(item("orderId", n(Integer.toString(i))));
        }
        assertThatThrownBy(() -> engine.batchGetItem(BatchGetItemRequest.of(
                        Map.of(USERS, KeysAndAttributes.of(users(99)), ORDERS, KeysAndAttributes.of(orders)))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Too many items requested for the BatchGetItem call");
        assertThat(engine.batchGetItem(BatchGetItemRequest.of(Map.of(USERS, KeysAndAttributes.of(users(100)))))
                        .responses()
                        .get(USERS))
                .isEmpty();
    }

    @Test
    void batchGetRefusesMoreThan100KeysOfOneTable() {
        assertThatThrownBy(() ->
                        engine.batchGetItem(BatchGetItemRequest.of(Map.of(USERS, KeysAndAttributes.of(users(101))))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value at 'requestItems.users.member.keys' failed to satisfy"
                        + " constraint: Member must have length less than or equal to 100");
    }

    @Test
    void batchGetRefusesDuplicateKeys() {
        assertThatThrownBy(() -> engine.batchGetItem(
                        BatchGetItemRequest.of(Map.of(USERS, KeysAndAttributes.of(List.of(user("a"), user("a")))))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Provided list of item keys contains duplicates");
    }

    @Test
    void batchGetRefusesAnUnknownTableAndAWrongKey() {
        assertThatThrownBy(() -> engine.batchGetItem(
                        BatchGetItemRequest.of(Map.of("missing", KeysAndAttributes.of(List.of(user("a")))))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found");
        assertThatThrownBy(() -> engine.batchGetItem(BatchGetItemRequest.of(
                        Map.of(USERS, KeysAndAttributes.of(List.of(item("wrong", s("a"))))))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The provided key element does not match the schema");
    }

    @Test
    void batchGetLeavesKeysPast16MbInUnprocessedKeys() {
        String large = "x".repeat(390 * 1024);
        for (int i = 0; i < 50; i++) {
            engine.putItem(PutItemRequest.of(USERS, item("userId", s("u" + i), "data", s(large))));
        }
        KeysAndAttributes reads = KeysAndAttributes.builder(users(50))
                .projectionExpression("userId, #d")
                .expressionAttributeNames(Map.of("#d", "data"))
                .build();
        BatchGetItemResponse response = engine.batchGetItem(BatchGetItemRequest.of(Map.of(USERS, reads)));

        int returned = response.responses().get(USERS).size();
        assertThat(returned).isEqualTo(42);
        KeysAndAttributes left = response.unprocessedKeys().get(USERS);
        assertThat(left.keys()).isEqualTo(users(50).subList(42, 50));
        assertThat(left.projectionExpression()).isEqualTo("userId, #d");
        assertThat(engine.batchGetItem(BatchGetItemRequest.of(Map.of(USERS, left)))
                        .responses()
                        .get(USERS))
                .hasSize(8);
    }

    // BatchWriteItem

    @Test
    void batchWritePutsAndDeletesAcrossTables() {
        engine.putItem(PutItemRequest.of(USERS, item("userId", s("old"))));
        Map<String, Value> order = item("orderId", n("7"), "total", n("12.5"));
        var response = engine.batchWriteItem(BatchWriteItemRequest.of(Map.of(
                USERS,
                List.of(
                        WriteRequest.put(item("userId", s("u1"), "name", s("alice"))),
                        WriteRequest.delete(user("old"))),
                ORDERS,
                List.of(WriteRequest.put(order)))));

        assertThat(response.unprocessedItems()).isEmpty();
        assertThat(get(USERS, user("u1"))).isEqualTo(item("userId", s("u1"), "name", s("alice")));
        assertThat(get(USERS, user("old"))).isNull();
        assertThat(get(ORDERS, item("orderId", n("7")))).isEqualTo(order);
    }

    @Test
    void batchWriteRefusesAnEmptyRequest() {
        assertThatThrownBy(() -> engine.batchWriteItem(BatchWriteItemRequest.of(Map.of())))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The requestItems parameter is required for BatchWriteItem");
    }

    @Test
    void batchWriteRefusesMoreThan25Writes() {
        List<WriteRequest> writes = users(26).stream().map(WriteRequest::put).toList();
        assertThatThrownBy(() -> engine.batchWriteItem(BatchWriteItemRequest.of(Map.of(USERS, writes))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Too many items requested for the BatchWriteItem call");
        assertThat(get(USERS, user("u0"))).isNull();
        engine.batchWriteItem(BatchWriteItemRequest.of(Map.of(USERS, writes.subList(0, 25))));
        assertThat(get(USERS, user("u24"))).isEqualTo(user("u24"));
    }

    @Test
    void batchWriteRefusesAnEmptyListOfWritesAndWritesOfNeitherOrBothKinds() {
        assertThatThrownBy(() -> engine.batchWriteItem(BatchWriteItemRequest.of(Map.of(USERS, List.of()))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value '{users=[]}' at 'requestItems' failed to satisfy"
                        + " constraint: Map value must satisfy constraint: [Member must have length less than or equal"
                        + " to 25, Member must have length greater than or equal to 1]");
        for (WriteRequest write : List.of(new WriteRequest(null, null), new WriteRequest(user("a"), user("a")))) {
            assertThatThrownBy(() -> engine.batchWriteItem(
                            BatchWriteItemRequest.of(Map.of(USERS, List.of(WriteRequest.put(user("b")), write)))))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Supplied AttributeValue has more than one datatypes set, must contain exactly one of"
                            + " the supported datatypes");
        }
        assertThat(get(USERS, user("b"))).isNull();
    }

    @Test
    void batchWriteRefusesKeysOfTheWrongTypeAsNotMatchingTheSchema() {
        for (WriteRequest write : List.of(
                WriteRequest.put(item("userId", n("1"), "name", s("x"))),
                WriteRequest.delete(item("userId", n("1"))))) {
            assertThatThrownBy(() -> engine.batchWriteItem(BatchWriteItemRequest.of(Map.of(USERS, List.of(write)))))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("The provided key element does not match the schema");
        }
    }

    @Test
    void batchWriteRefusesDuplicateKeysAndAppliesNothing() {
        assertThatThrownBy(() -> engine.batchWriteItem(BatchWriteItemRequest.of(
                        Map.of(USERS, List.of(WriteRequest.put(user("a")), WriteRequest.delete(user("a")))))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Provided list of item keys contains duplicates");
        assertThat(get(USERS, user("a"))).isNull();
    }

    @Test
    void batchWriteValidatesItemsAsPutItemDoes() {
        assertThatThrownBy(() -> engine.batchWriteItem(BatchWriteItemRequest.of(Map.of(
                        USERS, List.of(WriteRequest.put(user("a")), WriteRequest.put(item("name", s("no key"))))))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The provided key element does not match the schema");
        assertThat(get(USERS, user("a"))).isNull();
        assertThatThrownBy(() -> engine.batchWriteItem(BatchWriteItemRequest.of(Map.of(
                        USERS, List.of(WriteRequest.put(item("userId", s("a"), "data", s("x".repeat(401 * 1024)))))))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Item size has exceeded the maximum allowed size");
        assertThatThrownBy(() -> engine.batchWriteItem(
                        BatchWriteItemRequest.of(Map.of("missing", List.of(WriteRequest.put(user("a")))))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found");
    }
}
