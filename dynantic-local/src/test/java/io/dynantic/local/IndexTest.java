package io.dynantic.local;

import static io.dynantic.local.Fixtures.b;
import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.api.AttributeDefinition;
import io.dynantic.local.api.BatchWriteItemRequest;
import io.dynantic.local.api.BillingMode;
import io.dynantic.local.api.CancellationReason;
import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.DeleteItemRequest;
import io.dynantic.local.api.DescribeTableRequest;
import io.dynantic.local.api.IndexDescription;
import io.dynantic.local.api.KeySchemaElement;
import io.dynantic.local.api.KeyType;
import io.dynantic.local.api.Projection;
import io.dynantic.local.api.ProjectionType;
import io.dynantic.local.api.PutItemRequest;
import io.dynantic.local.api.QueryRequest;
import io.dynantic.local.api.ScalarAttributeType;
import io.dynantic.local.api.ScanRequest;
import io.dynantic.local.api.SecondaryIndex;
import io.dynantic.local.api.Select;
import io.dynantic.local.api.TransactWriteItem;
import io.dynantic.local.api.TransactWriteItemsRequest;
import io.dynantic.local.api.UpdateItemRequest;
import io.dynantic.local.api.WriteRequest;
import io.dynantic.local.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndexTest {
    private static final String TABLE = "orders";
    private final Engine engine = Engine.create();

    private static KeySchemaElement hash(String name) {
        return new KeySchemaElement(name, KeyType.HASH);
    }

    private static KeySchemaElement range(String name) {
        return new KeySchemaElement(name, KeyType.RANGE);
    }

    private static AttributeDefinition def(String name, ScalarAttributeType type) {
        return new AttributeDefinition(name, type);
    }

    @BeforeEach
    void createTable() {
        engine.createTable(CreateTableRequest.builder(TABLE)
                .keySchema(List.of(hash("customer"), range("orderId")))
                .attributeDefinitions(List.of(
                        def("customer", ScalarAttributeType.S),
                        def("orderId", ScalarAttributeType.S),
                        def("phase", ScalarAttributeType.S),
                        def("total", ScalarAttributeType.N)))
                .globalSecondaryIndexes(List.of(
                        new SecondaryIndex(
                                "byPhase",
                                List.of(hash("phase"), range("total")),
                                new Projection(ProjectionType.KEYS_ONLY, null)),
                        new SecondaryIndex(
                                "byPhaseInclude",
                                List.of(hash("phase")),
                                new Projection(ProjectionType.INCLUDE, List.of("note")))))
                .localSecondaryIndexes(List.of(
                        new SecondaryIndex("byTotal", List.of(hash("customer"), range("total")), Projection.all())))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build());
        put(item("customer", s("c1"), "orderId", s("o1"), "phase", s("open"), "total", n("30"), "note", s("a")));
        put(item("customer", s("c1"), "orderId", s("o2"), "phase", s("open"), "total", n("10"), "extra", s("x")));
        put(item("customer", s("c1"), "orderId", s("o3"), "total", n("20")));
        put(item("customer", s("c2"), "orderId", s("o4"), "phase", s("shipped"), "total", n("5")));
    }

    private void put(Map<String, Value> item) {
        engine.putItem(PutItemRequest.of(TABLE, item));
    }

    private List<Map<String, Value>> queryIndex(String index, String keyCondition, Object... namesAndValues) {
        return engine.query(QueryRequest.of(TABLE, keyCondition, item(namesAndValues)).toBuilder()
                        .indexName(index)
                        .build())
                .items();
    }

    @Test
    void keysOnlyIndexHoldsTheIndexAndTableKeys() {
        var items = engine.query(QueryRequest.of(TABLE, "#s = :s", item(":s", s("open"))).toBuilder()
                        .expressionAttributeNames(Map.of("#s", "phase"))
                        .indexName("byPhase")
                        .build())
                .items();
        assertThat(items)
                .containsExactly(
                        item("customer", s("c1"), "orderId", s("o2"), "phase", s("open"), "total", n("10")),
                        item("customer", s("c1"), "orderId", s("o1"), "phase", s("open"), "total", n("30")));
    }

    @Test
    void includeIndexAddsTheNamedAttributesAndIsSparse() {
        var items = engine.scan(
                        ScanRequest.builder(TABLE).indexName("byPhaseInclude").build())
                .items();
        assertThat(items)
                .containsExactlyInAnyOrder(
                        item("customer", s("c1"), "orderId", s("o1"), "phase", s("open"), "note", s("a")),
                        item("customer", s("c1"), "orderId", s("o2"), "phase", s("open")),
                        item("customer", s("c2"), "orderId", s("o4"), "phase", s("shipped")));
    }

    @Test
    void localIndexQueriesByTheTablePartitionInIndexOrder() {
        var items = engine.query(
                        QueryRequest.of(TABLE, "customer = :c AND #t > :t", item(":c", s("c1"), ":t", n("10")))
                                .toBuilder()
                                .expressionAttributeNames(Map.of("#t", "total"))
                                .indexName("byTotal")
                                .scanIndexForward(false)
                                .build())
                .items();
        assertThat(items.stream().map(i -> i.get("orderId"))).containsExactly(s("o1"), s("o3"));
        assertThat(items.get(0)).containsKey("note");
    }

    @Test
    void indexesFollowPutsUpdatesAndDeletes() {
        engine.updateItem(UpdateItemRequest.of(
                TABLE,
                item("customer", s("c1"), "orderId", s("o3")),
                "SET #s = :s",
                Map.of("#s", "phase"),
                Map.of(":s", s("open"))));
        engine.updateItem(UpdateItemRequest.of(
                TABLE, item("customer", s("c1"), "orderId", s("o1")), "REMOVE #s", Map.of("#s", "phase"), null));
        engine.deleteItem(DeleteItemRequest.of(TABLE, item("customer", s("c2"), "orderId", s("o4"))));
        put(item("customer", s("c1"), "orderId", s("o2"), "phase", s("shipped"), "total", n("10")));

        List<Value> open = new ArrayList<>();
        engine.scan(ScanRequest.builder(TABLE).indexName("byPhase").build())
                .items()
                .forEach(i -> open.add(i.get("orderId")));
        assertThat(open).containsExactlyInAnyOrder(s("o3"), s("o2"));
        assertThat(queryIndex("byPhase", "phase = :s", ":s", s("open")).stream().map(i -> i.get("orderId")))
                .containsExactly(s("o3"));
    }

    @Test
    void pagingAnIndexReturnsEveryItemOnce() {
        for (int i = 0; i < 30; i++) {
            put(item("customer", s("c" + (i % 4)), "orderId", s("p" + i), "phase", s("bulk"), "total", n("" + i % 5)));
        }
        List<Map<String, Value>> all = new ArrayList<>();
        Map<String, Value> start = null;
        do {
            var page = engine.query(QueryRequest.of(TABLE, "phase = :s", item(":s", s("bulk"))).toBuilder()
                    .indexName("byPhase")
                    .limit(4)
                    .exclusiveStartKey(start)
                    .build());
            all.addAll(page.items());
            start = page.lastEvaluatedKey();
            if (start != null) {
                assertThat(start.keySet()).containsExactly("phase", "total", "customer", "orderId");
            }
        } while (start != null);
        assertThat(all).hasSize(30).doesNotHaveDuplicates();
        assertThat(all.stream().map(i -> ((Value.N) i.get("total")).value().intValue()))
                .isSorted();
    }

    @Test
    void describeTableListsTheIndexes() {
        var description = engine.describeTable(new DescribeTableRequest(TABLE)).table();
        assertThat(description.globalSecondaryIndexes().stream().map(IndexDescription::indexName))
                .containsExactly("byPhase", "byPhaseInclude");
        assertThat(description.globalSecondaryIndexes().get(0).indexStatus()).isEqualTo("ACTIVE");
        assertThat(description.globalSecondaryIndexes().get(0).itemCount()).isEqualTo(3);
        assertThat(description.localSecondaryIndexes()).hasSize(1);
        assertThat(description.localSecondaryIndexes().get(0).itemCount()).isEqualTo(4);
        assertThat(description.attributeDefinitions()).hasSize(4);
        assertThat(description.globalSecondaryIndexes().get(0).projection())
                .isEqualTo(new Projection(ProjectionType.KEYS_ONLY, null));
        assertThat(description.globalSecondaryIndexes().get(1).projection())
                .isEqualTo(new Projection(ProjectionType.INCLUDE, List.of("note")));
        assertThat(description.localSecondaryIndexes().get(0).indexStatus()).isNull();
        assertThat(description.globalSecondaryIndexes().get(0).indexArn())
                .isEqualTo("arn:aws:dynamodb:ddblocal:000000000000:table/orders/index/byPhase");
    }

    @Test
    void consistentReadsOfAGlobalIndexAreRefused() {
        var consistent = QueryRequest.of(TABLE, "phase = :s", item(":s", s("open"))).toBuilder()
                .indexName("byPhase")
                .consistentRead(true)
                .build();
        assertThatThrownBy(() -> engine.query(consistent))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Consistent reads are not supported on global secondary indexes");
        assertThatThrownBy(() -> engine.query(QueryRequest.of(TABLE, "customer = :c", item(":c", s("c1"))).toBuilder()
                        .indexName("byPhase")
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Query condition missed key schema element: phase");
    }

    @Test
    void localIndexDefinitionViolationsHaveDynamoDbsMessages() {
        assertThatThrownBy(() -> engine.createTable(CreateTableRequest.builder("other")
                        .keySchema(List.of(hash("a"), range("b")))
                        .attributeDefinitions(List.of(
                                def("a", ScalarAttributeType.S),
                                def("b", ScalarAttributeType.S),
                                def("c", ScalarAttributeType.S)))
                        .localSecondaryIndexes(List.of(new SecondaryIndex("abc", List.of(hash("c"), range("b")))))
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Index KeySchema does not have the same leading"
                        + " hash key as table KeySchema for index: abc. index hash key: c, table hash key: a");
        assertThatThrownBy(() -> engine.createTable(CreateTableRequest.builder("other")
                        .keySchema(List.of(hash("a")))
                        .attributeDefinitions(List.of(def("a", ScalarAttributeType.S), def("b", ScalarAttributeType.S)))
                        .localSecondaryIndexes(List.of(new SecondaryIndex("abc", List.of(hash("a"), range("b")))))
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Table KeySchema does not have a range key,"
                        + " which is required when specifying a LocalSecondaryIndex");
    }

    @Test
    void writesWithAnIndexKeyOfAnotherTypeAreRefused() {
        assertThatThrownBy(() -> put(item("customer", s("c9"), "orderId", s("o9"), "phase", n("1"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Type mismatch for Index Key phase Expected: S"
                        + " Actual: N IndexName: byPhase");
        assertThatThrownBy(() -> engine.updateItem(UpdateItemRequest.of(
                        TABLE,
                        item("customer", s("c1"), "orderId", s("o1")),
                        "SET #t = :t",
                        Map.of("#t", "total"),
                        Map.of(":t", s("thirty")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Type mismatch for Index Key total Expected: N"
                        + " Actual: S IndexName: byPhase");
        assertThat(queryIndex("byPhase", "phase = :s", ":s", s("open"))).hasSize(2);
    }

    @Test
    void queryFiltersOnTheIndexKeysAreRefused() {
        assertThatThrownBy(() -> engine.query(
                        QueryRequest.of(TABLE, "phase = :s", item(":s", s("open"), ":t", n("1"))).toBuilder()
                                .indexName("byPhase")
                                .filterExpression("#t > :t")
                                .expressionAttributeNames(Map.of("#t", "total"))
                                .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Filter Expression can only contain non-primary key attributes: Primary key attribute:"
                        + " total");
    }

    @Test
    void attributesOutsideAnIndexProjection() {
        var byPhase = QueryRequest.of(TABLE, "phase = :s", item(":s", s("open"))).toBuilder()
                .indexName("byPhase")
                .build();
        assertThatThrownBy(() -> engine.query(
                        byPhase.toBuilder().select(Select.ALL_ATTRIBUTES).build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported"
                        + " for global secondary index byPhase because its projection type is not ALL");
        assertThatThrownBy(() -> engine.query(
                        byPhase.toBuilder().projectionExpression("note").build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported"
                        + " for global secondary index byPhase because its projection type is not ALL");
        assertThat(engine.query(byPhase.toBuilder()
                                .select(Select.ALL_PROJECTED_ATTRIBUTES)
                                .build())
                        .count())
                .isEqualTo(2);
        assertThat(engine.query(byPhase.toBuilder().select(Select.COUNT).build())
                        .count())
                .isEqualTo(2);
    }

    @Test
    void aLocalIndexFetchesAttributesItDoesNotProjectFromTheTable() {
        engine.createTable(CreateTableRequest.builder("slim")
                .keySchema(List.of(hash("a"), range("b")))
                .attributeDefinitions(List.of(
                        def("a", ScalarAttributeType.S),
                        def("b", ScalarAttributeType.S),
                        def("c", ScalarAttributeType.N)))
                .localSecondaryIndexes(List.of(new SecondaryIndex(
                        "byC", List.of(hash("a"), range("c")), new Projection(ProjectionType.KEYS_ONLY, null))))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build());
        var whole = item("a", s("x"), "b", s("y"), "c", n("1"), "d", s("extra"));
        engine.putItem(PutItemRequest.of("slim", whole));
        var request = QueryRequest.of("slim", "a = :a", item(":a", s("x"))).toBuilder()
                .indexName("byC")
                .build();
        assertThat(engine.query(request).items()).containsExactly(item("a", s("x"), "b", s("y"), "c", n("1")));
        assertThat(engine.query(request.toBuilder()
                                .select(Select.ALL_ATTRIBUTES)
                                .build())
                        .items())
                .containsExactly(whole);
        assertThat(engine.query(request.toBuilder().projectionExpression("d").build())
                        .items())
                .containsExactly(item("d", s("extra")));
    }

    @Test
    void anIndexStartKeyNeedsTheIndexAndTableKeys() {
        var request = QueryRequest.of(TABLE, "phase = :s", item(":s", s("open"))).toBuilder()
                .indexName("byPhase")
                .build();
        assertThatThrownBy(() -> engine.query(request.toBuilder()
                        .exclusiveStartKey(item("customer", s("c1"), "orderId", s("o1")))
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The provided starting key is invalid: The provided key element does not match the"
                        + " schema");
        var first = engine.query(request.toBuilder().limit(1).build());
        assertThat(first.lastEvaluatedKey())
                .isEqualTo(item("phase", s("open"), "total", n("10"), "customer", s("c1"), "orderId", s("o2")));
        var second = engine.query(
                request.toBuilder().exclusiveStartKey(first.lastEvaluatedKey()).build());
        assertThat(second.items().stream().map(i -> i.get("orderId"))).containsExactly(s("o1"));
    }
    /** A table whose attribute g keys the indexes "lsi" (defined first) and "gsi", and whose bin keys "bgsi". */
    private void createEmptiesTable() {
        engine.createTable(CreateTableRequest.builder("empties")
                .keySchema(List.of(hash("pk"), range("sk")))
                .attributeDefinitions(List.of(
                        def("pk", ScalarAttributeType.S),
                        def("sk", ScalarAttributeType.S),
                        def("g", ScalarAttributeType.S),
                        def("bin", ScalarAttributeType.B)))
                .localSecondaryIndexes(List.of(new SecondaryIndex("lsi", List.of(hash("pk"), range("g")))))
                .globalSecondaryIndexes(List.of(
                        new SecondaryIndex("gsi", List.of(hash("g"))),
                        new SecondaryIndex("bgsi", List.of(hash("bin")))))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build());
    }

    private static Map<String, Value> empties(String sk, Object... namesAndValues) {
        Map<String, Value> item = item("pk", s("p"), "sk", s(sk));
        item.putAll(item(namesAndValues));
        return item;
    }

    @Test
    void emptyIndexKeyValuesAreRefusedNamingTheAlphabeticallyFirstIndex() {
        createEmptiesTable();
        String emptyString = "One or more parameter values are not valid. A value specified for a secondary index key"
                + " is not supported. The AttributeValue for a key attribute cannot contain an empty string value."
                + " IndexName: gsi, IndexKey: g";
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.of("empties", empties("1", "g", s("")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage(emptyString);
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.of("empties", empties("1", "bin", b()))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values are not valid. A value specified for a secondary index key"
                        + " is not supported. The AttributeValue for a key attribute cannot contain an empty binary"
                        + " value. IndexName: bgsi, IndexKey: bin");
        assertThatThrownBy(() -> engine.batchWriteItem(BatchWriteItemRequest.of(
                        Map.of("empties", List.of(WriteRequest.put(empties("1", "g", s(""))))))))
                .isInstanceOf(ValidationException.class)
                .hasMessage(emptyString);
        assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.of(
                        List.of(TransactWriteItem.put(PutItemRequest.of("empties", empties("1", "g", s(""))))))))
                .isInstanceOf(ValidationException.class)
                .hasMessage(emptyString);
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.of("empties", empties("1", "g", n("1")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Type mismatch for Index Key g Expected: S"
                        + " Actual: N IndexName: gsi");
        assertThat(engine.scan(ScanRequest.builder("empties").build()).items()).isEmpty();
    }

    @Test
    void anUpdateThatEmptiesAnIndexKeyIsRefusedWithoutNamingIt() {
        createEmptiesTable();
        String emptyString = "One or more parameter values are not valid. The update expression attempted to update a"
                + " secondary index key to a value that is not supported. The AttributeValue for a key attribute"
                + " cannot contain an empty string value.";
        UpdateItemRequest setG = UpdateItemRequest.of("empties", empties("1"), "SET g = :e", null, item(":e", s("")));
        assertThatThrownBy(() -> engine.updateItem(setG))
                .isInstanceOf(ValidationException.class)
                .hasMessage(emptyString);
        assertThatThrownBy(() -> engine.updateItem(
                        UpdateItemRequest.of("empties", empties("1"), "SET bin = :e", null, item(":e", b()))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values are not valid. The update expression attempted to update a"
                        + " secondary index key to a value that is not supported. The AttributeValue for a key"
                        + " attribute cannot contain an empty binary value.");
        assertThatThrownBy(() -> engine.transactWriteItems(
                        TransactWriteItemsRequest.of(List.of(TransactWriteItem.update(setG)))))
                .isInstanceOf(ValidationException.class)
                .hasMessage(emptyString);
        assertThat(engine.scan(ScanRequest.builder("empties").build()).items()).isEmpty();
    }

    @Test
    void aTransactionalWriteWithAnIndexKeyOfAnotherTypeCancelsWithAValidationErrorReason() {
        createEmptiesTable();
        assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.of(List.of(
                        TransactWriteItem.put(PutItemRequest.of("empties", empties("1", "g", n("1")))),
                        TransactWriteItem.update(UpdateItemRequest.of(
                                "empties", empties("2"), "SET g = :n", null, item(":n", n("2"))))))))
                .isInstanceOfSatisfying(
                        TransactionCanceledException.class,
                        e -> assertThat(e.reasons())
                                .containsExactly(
                                        new CancellationReason(
                                                "ValidationError",
                                                "One or more parameter values were invalid: Type mismatch for Index Key g"
                                                        + " Expected: S Actual: N IndexName: gsi",
                                                null),
                                        new CancellationReason(
                                                "ValidationError",
                                                "One or more parameter values were invalid: Type mismatch for Index Key g"
                                                        + " Expected: S Actual: N IndexName: gsi",
                                                null)))
                .hasMessage("Transaction cancelled, please refer cancellation reasons for specific reasons"
                        + " [ValidationError, ValidationError]");
    }
}
