package io.dynantic.local;

import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.s;
import static io.dynantic.local.Fixtures.ss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.DeleteItemRequest;
import io.dynantic.local.api.DeleteTableRequest;
import io.dynantic.local.api.DescribeTableRequest;
import io.dynantic.local.api.GetItemRequest;
import io.dynantic.local.api.PutItemRequest;
import io.dynantic.local.api.QueryRequest;
import io.dynantic.local.api.ReturnValue;
import io.dynantic.local.api.ScalarAttributeType;
import io.dynantic.local.api.ScanRequest;
import io.dynantic.local.api.UpdateItemRequest;
import io.dynantic.local.value.Value;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which check wins when a request has several faults, and other request-level behaviour. */
class OrderOfChecksTest {
    private final Engine engine = Engine.create();

    @Test
    void requestChecksComeBeforeTheTableLookUp() {
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.builder("missing", item("id", s("1")))
                        .returnValues(ReturnValue.ALL_NEW)
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ReturnValues can only be ALL_OLD or NONE");
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.of(
                        "missing", item("id", s("1"), "big", s("x".repeat(400 * 1024))))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Item size has exceeded the maximum allowed size");
        assertThatThrownBy(() -> engine.deleteItem(DeleteItemRequest.builder("missing", item("id", s("1")))
                        .conditionExpression("a = :a")
                        .expressionAttributeValues(Map.of())
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ConditionExpression: An expression attribute value used in expression is not"
                        + " defined; attribute value: :a");
    }

    @Test
    void keyChecksComeAfterTheTableLookUp() {
        assertThatThrownBy(() -> engine.getItem(GetItemRequest.of("missing", item("wrong", n("1")))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found");
    }

    @Test
    void placeholdersNeedAnExpression() {
        engine.createTable(CreateTableRequest.of("users", "id", ScalarAttributeType.S));

        assertThatThrownBy(() -> engine.getItem(GetItemRequest.builder("users", item("id", s("1")))
                        .expressionAttributeNames(Map.of("#a", "a"))
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ExpressionAttributeNames can only be specified when using expressions");
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.builder("users", item("id", s("1")))
                        .expressionAttributeValues(Map.of(":a", n("1")))
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ExpressionAttributeValues can only be specified when using expressions");
        assertThatThrownBy(() -> engine.updateItem(UpdateItemRequest.of(
                        "users", item("id", s("1")), "SET a = :a", Map.of("#b", "b"), Map.of(":a", n("1")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}");
    }

    @Test
    void storedItemsAreCopies() {
        engine.createTable(CreateTableRequest.of("users", "id", ScalarAttributeType.S));
        Map<String, Value> item = new HashMap<>(item("id", s("1"), "a", n("1")));
        engine.putItem(PutItemRequest.of("users", item));
        item.put("a", n("2"));

        Map<String, Value> stored =
                engine.getItem(GetItemRequest.of("users", item("id", s("1")))).item();
        assertThat(stored.get("a")).isEqualTo(n("1"));
        assertThatThrownBy(() -> stored.put("b", n("3"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRecreatedTableIsEmpty() {
        engine.createTable(CreateTableRequest.of("users", "id", ScalarAttributeType.S));
        engine.putItem(PutItemRequest.of("users", item("id", s("1"))));
        engine.deleteTable(new DeleteTableRequest("users"));
        engine.createTable(CreateTableRequest.of("users", "id", ScalarAttributeType.S));

        assertThat(engine.getItem(GetItemRequest.of("users", item("id", s("1"))))
                        .item())
                .isNull();
    }

    @Test
    void addAndDeleteUpdateSets() {
        engine.createTable(CreateTableRequest.of("users", "id", ScalarAttributeType.S));
        Map<String, Value> key = item("id", s("1"));

        var added = engine.updateItem(UpdateItemRequest.of(
                                "users",
                                key,
                                "ADD tags :t, visits :one",
                                null,
                                Map.of(":t", ss("a", "b"), ":one", n("1")))
                        .toBuilder()
                        .returnValues(ReturnValue.UPDATED_OLD)
                        .build())
                .attributes();
        assertThat(added).isNull();
        var removed = engine.updateItem(
                        UpdateItemRequest.of("users", key, "DELETE tags :t", null, Map.of(":t", ss("a"))).toBuilder()
                                .returnValues(ReturnValue.UPDATED_NEW)
                                .build())
                .attributes();

        assertThat(removed).isEqualTo(item("tags", ss("b")));
        assertThat(engine.getItem(GetItemRequest.of("users", key)).item())
                .isEqualTo(item("id", s("1"), "tags", ss("b"), "visits", n("1")));
    }

    @Test
    void everyActionNeedsATableName() {
        String message = "The parameter 'TableName' is required but was not present in the request";
        assertThatThrownBy(() -> engine.createTable(CreateTableRequest.of(null, "id", ScalarAttributeType.S)))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> engine.describeTable(new DescribeTableRequest(null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> engine.deleteTable(new DeleteTableRequest(null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.of(null, item("id", s("1")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> engine.getItem(GetItemRequest.of(null, item("id", s("1")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> engine.deleteItem(DeleteItemRequest.of(null, item("id", s("1")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> engine.updateItem(UpdateItemRequest.of(null, item("id", s("1")), null, null, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
    }

    @Test
    void queryAndScanCheckTheRequestBeforeTheTableAndTheKeysAfterIt() {
        assertThatThrownBy(
                        () -> engine.query(QueryRequest.builder(null).limit(0).build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The parameter 'TableName' is required but was not present in the request");
        assertThatThrownBy(() -> engine.query(QueryRequest.of("missing", "id = :v", item(":v", s("1"))).toBuilder()
                        .limit(0)
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member"
                        + " must have value greater than or equal to 1");
        assertThatThrownBy(() -> engine.query(QueryRequest.of("missing", "id = :v", Map.of())))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid KeyConditionExpression: An expression attribute value used in expression is not"
                        + " defined; attribute value: :v");
        assertThatThrownBy(() -> engine.query(QueryRequest.of("missing", "wrong = :v", item(":v", s("1")))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found");
        assertThatThrownBy(() -> engine.scan(ScanRequest.builder("missing")
                        .segment(2)
                        .totalSegments(2)
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The Segment parameter is zero-based and must be less than parameter TotalSegments:"
                        + " Segment: 2 is not less than TotalSegments: 2");
        assertThatThrownBy(() -> engine.scan(
                        ScanRequest.builder("missing").indexName("idx").build()))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found");
    }
}
