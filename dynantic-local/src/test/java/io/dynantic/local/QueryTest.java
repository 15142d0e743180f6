package io.dynantic.local;

import static io.dynantic.local.Fixtures.b;
import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.PutItemRequest;
import io.dynantic.local.api.QueryRequest;
import io.dynantic.local.api.QueryResponse;
import io.dynantic.local.api.ScalarAttributeType;
import io.dynantic.local.api.Select;
import io.dynantic.local.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryTest {
    private static final String TABLE = "events";
    private final Engine engine = Engine.create();

    @BeforeEach
    void createTable() {
        engine.createTable(CreateTableRequest.of(TABLE, "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N));
        for (String sk : List.of("10", "-3", "2.5", "100", "7", "0")) {
            put(item("pk", s("a"), "sk", n(sk), "odd", new Value.Bool(sk.equals("7"))));
        }
        put(item("pk", s("b"), "sk", n("1")));
    }

    private void put(Map<String, Value> item) {
        engine.putItem(PutItemRequest.of(TABLE, item));
    }

    private static QueryRequest query(String keyCondition, Object... namesAndValues) {
        return QueryRequest.of(TABLE, keyCondition, item(namesAndValues));
    }

    private static List<String> sortKeys(QueryResponse response) {
        return response.items().stream()
                .map(i -> ((Value.N) i.get("sk")).value().toPlainString())
                .toList();
    }

    @Test
    void numbersAreOrderedByValueAscendingAndDescending() {
        var request = query("pk = :p", ":p", s("a"));
        assertThat(sortKeys(engine.query(request))).containsExactly("-3", "0", "2.5", "7", "10", "100");
        assertThat(sortKeys(
                        engine.query(request.toBuilder().scanIndexForward(false).build())))
                .containsExactly("100", "10", "7", "2.5", "0", "-3");
    }

    @Test
    void stringsAreOrderedByUtf8Bytes() {
        engine.createTable(CreateTableRequest.of("words", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S));
        // U+FFFD is EF BF BD in UTF-8 but sorts before U+1F600 (F0 ...) only by bytes, not by UTF-16 units.
        for (String word : List.of("b", "a", "B", "\uD83D\uDE00", "\uFFFD", "ab")) {
            engine.putItem(PutItemRequest.of("words", item("pk", s("x"), "sk", s(word))));
        }
        var response = engine.query(QueryRequest.of("words", "pk = :p", item(":p", s("x"))));
        assertThat(response.items().stream().map(i -> ((Value.S) i.get("sk")).value()))
                .containsExactly("B", "a", "ab", "b", "\uFFFD", "\uD83D\uDE00");
    }

    @Test
    void binarySortKeysAreOrderedAsUnsignedBytes() {
        engine.createTable(CreateTableRequest.of("blobs", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.B));
        for (Value.B key : List.of(b(0xff), b(0x01), b(0x7f), b(0x80))) {
            engine.putItem(PutItemRequest.of("blobs", item("pk", s("x"), "sk", key)));
        }
        var response = engine.query(QueryRequest.of("blobs", "pk = :p", item(":p", s("x"))));
        assertThat(response.items().stream().map(i -> i.get("sk"))).containsExactly(b(0x01), b(0x7f), b(0x80), b(0xff));
    }

    @Test
    void everySortKeyOperator() {
        assertThat(sortKeys(engine.query(query("pk = :p AND sk = :v", ":p", s("a"), ":v", n("7")))))
                .containsExactly("7");
        assertThat(sortKeys(engine.query(query("pk = :p AND sk < :v", ":p", s("a"), ":v", n("7")))))
                .containsExactly("-3", "0", "2.5");
        assertThat(sortKeys(engine.query(query("pk = :p AND sk <= :v", ":p", s("a"), ":v", n("7")))))
                .containsExactly("-3", "0", "2.5", "7");
        assertThat(sortKeys(engine.query(query("pk = :p AND sk > :v", ":p", s("a"), ":v", n("7")))))
                .containsExactly("10", "100");
        assertThat(sortKeys(engine.query(query("pk = :p AND sk >= :v", ":p", s("a"), ":v", n("7")))))
                .containsExactly("7", "10", "100");
        assertThat(sortKeys(engine.query(
                        query("pk = :p AND sk BETWEEN :lo AND :hi", ":p", s("a"), ":lo", n("0"), ":hi", n("10")))))
                .containsExactly("0", "2.5", "7", "10");
        assertThat(sortKeys(engine.query(query(":p = pk AND sk >= :v", ":p", s("a"), ":v", n("7")).toBuilder()
                        .scanIndexForward(false)
                        .build())))
                .containsExactly("100", "10", "7");
    }

    @Test
    void beginsWithOnStringSortKeys() {
        engine.createTable(CreateTableRequest.of("words", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S));
        for (String word : List.of("app", "apple", "apricot", "banana", "ap")) {
            engine.putItem(PutItemRequest.of("words", item("pk", s("x"), "sk", s(word))));
        }
        var response = engine.query(
                QueryRequest.of("words", "pk = :p AND begins_with(sk, :pre)", item(":p", s("x"), ":pre", s("app"))));
        assertThat(response.items().stream().map(i -> ((Value.S) i.get("sk")).value()))
                .containsExactly("app", "apple");
    }

    @Test
    void filteredItemsCountTowardLimitAndScannedCount() {
        var request = query("pk = :p", ":p", s("a"), ":t", new Value.Bool(true)).toBuilder()
                .filterExpression("odd = :t")
                .limit(3)
                .build();
        var first = engine.query(request);
        assertThat(first.items()).isEmpty();
        assertThat(first.count()).isZero();
        assertThat(first.scannedCount()).isEqualTo(3);
        assertThat(first.lastEvaluatedKey()).isEqualTo(item("pk", s("a"), "sk", n("2.5")));

        var second = engine.query(
                request.toBuilder().exclusiveStartKey(first.lastEvaluatedKey()).build());
        assertThat(sortKeys(second)).containsExactly("7");
        assertThat(second.scannedCount()).isEqualTo(3);
        assertThat(second.lastEvaluatedKey()).isEqualTo(item("pk", s("a"), "sk", n("100")));

        var third = engine.query(
                request.toBuilder().exclusiveStartKey(second.lastEvaluatedKey()).build());
        assertThat(third.items()).isEmpty();
        assertThat(third.scannedCount()).isZero();
        assertThat(third.lastEvaluatedKey()).isNull();
    }

    @Test
    void pagingDescendingReturnsEveryItemOnce() {
        var request = query("pk = :p", ":p", s("a")).toBuilder()
                .scanIndexForward(false)
                .limit(4)
                .build();
        List<String> all = new ArrayList<>();
        Map<String, Value> start = null;
        do {
            var page = engine.query(request.toBuilder().exclusiveStartKey(start).build());
            all.addAll(sortKeys(page));
            start = page.lastEvaluatedKey();
        } while (start != null);
        assertThat(all).containsExactly("100", "10", "7", "2.5", "0", "-3");
    }

    @Test
    void aStartKeyOutsideTheQueryIsRefused() {
        var inRange = query("pk = :p AND sk > :v", ":p", s("a"), ":v", n("5"));
        assertThatThrownBy(() -> engine.query(inRange.toBuilder()
                        .exclusiveStartKey(item("pk", s("a"), "sk", n("2.5")))
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The provided starting key does not match the range key predicate");
        assertThatThrownBy(() -> engine.query(query("pk = :p", ":p", s("a")).toBuilder()
                        .exclusiveStartKey(item("pk", s("b"), "sk", n("1")))
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The provided starting key is outside query boundaries based on provided conditions");
        // A start key need not be an item's: any key in the range and partition goes.
        var after = engine.query(inRange.toBuilder()
                .exclusiveStartKey(item("pk", s("a"), "sk", n("8")))
                .build());
        assertThat(sortKeys(after)).containsExactly("10", "100");
    }

    @Test
    void selectCountReturnsCountsOnly() {
        var response = engine.query(query("pk = :p AND sk > :v", ":p", s("a"), ":v", n("0")).toBuilder()
                .select(Select.COUNT)
                .build());
        assertThat(response.items()).as("a COUNT answer has no Items").isNull();
        assertThat(response.count()).isEqualTo(4);
        assertThat(response.scannedCount()).isEqualTo(4);
    }

    @Test
    void projectionKeepsOnlyTheNamedAttributes() {
        var response = engine.query(query("pk = :p AND sk = :v", ":p", s("a"), ":v", n("7")).toBuilder()
                .projectionExpression("#o")
                .expressionAttributeNames(Map.of("#o", "odd"))
                .build());
        assertThat(response.items()).containsExactly(item("odd", new Value.Bool(true)));
    }

    @Test
    void pagesStopAtOneMegabyteOfItemsRead() {
        String big = "x".repeat(100_000);
        for (int i = 0; i < 25; i++) {
            put(item("pk", s("big"), "sk", n(String.valueOf(i)), "data", s(big)));
        }
        int pages = 0;
        int total = 0;
        Map<String, Value> start = null;
        do {
            var page = engine.query(query("pk = :p", ":p", s("big")).toBuilder()
                    .exclusiveStartKey(start)
                    .build());
            pages++;
            total += page.count();
            start = page.lastEvaluatedKey();
            if (start != null) {
                // Each item is 100,000 bytes of data plus its names and keys: 1 MB is reached at the 11th item.
                assertThat(page.count()).isEqualTo(11);
            }
        } while (start != null);
        assertThat(total).isEqualTo(25);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void keyConditionViolationsHaveDynamoDbsMessages() {
        assertThatThrownBy(() -> engine.query(query("sk = :v", ":v", n("1"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Query condition missed key schema element: pk");
        assertThatThrownBy(() -> engine.query(query("pk > :p", ":p", s("a"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Query key condition not supported");
        assertThatThrownBy(() -> engine.query(query("pk = :p AND color = :v", ":p", s("a"), ":v", n("1"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Query condition missed key schema element: sk");
        assertThatThrownBy(() -> engine.query(
                        query("pk = :p AND sk > :v AND sk < :w", ":p", s("a"), ":v", n("1"), ":w", n("5"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid KeyConditionExpression: KeyConditionExpressions must only contain one"
                        + " condition per key");
        assertThatThrownBy(() -> engine.query(query("pk = :p AND sk = :v", ":p", s("a"), ":v", s("1"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Condition parameter type does not match"
                        + " schema type");
        assertThatThrownBy(() -> engine.query(query("pk = :p AND begins_with(sk, :v)", ":p", s("a"), ":v", n("1"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid KeyConditionExpression: Incorrect operand type for operator or function;"
                        + " operator or function: begins_with, operand type: N");
        assertThatThrownBy(() -> engine.query(query("pk = :p", ":p", s("a"), ":v", n("1")).toBuilder()
                        .filterExpression("size(sk) > :v")
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Filter Expression can only contain non-primary key attributes: Primary key attribute: sk");
        assertThatThrownBy(() -> engine.query(QueryRequest.of(TABLE, null, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Either the KeyConditions or KeyConditionExpression parameter must be specified in the"
                        + " request.");
    }

    @Test
    void requestViolationsHaveDynamoDbsMessages() {
        var request = query("pk = :p", ":p", s("a"));
        assertThatThrownBy(() -> engine.query(request.toBuilder().limit(0).build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member"
                        + " must have value greater than or equal to 1");
        assertThatThrownBy(() -> engine.query(request.toBuilder()
                        .projectionExpression("sk")
                        .select(Select.ALL_ATTRIBUTES)
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Cannot specify the ProjectionExpression when choosing to get ALL_ATTRIBUTES");
        assertThatThrownBy(() -> engine.query(request.toBuilder()
                        .select(Select.ALL_PROJECTED_ATTRIBUTES)
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
        assertThatThrownBy(() ->
                        engine.query(request.toBuilder().indexName("byOther").build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The table does not have the specified index: byOther");
        assertThatThrownBy(() -> engine.query(request.toBuilder()
                        .exclusiveStartKey(item("pk", s("a")))
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The provided starting key is invalid: The provided key element does not match the"
                        + " schema");
        assertThatThrownBy(() -> engine.query(QueryRequest.of("missing", "pk = :p", item(":p", s("a")))))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
