package io.dynantic.local;

import static io.dynantic.local.Fixtures.b;
import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.DeleteItemRequest;
import io.dynantic.local.api.GetItemRequest;
import io.dynantic.local.api.PutItemRequest;
import io.dynantic.local.api.ScalarAttributeType;
import io.dynantic.local.api.UpdateItemRequest;
import io.dynantic.local.value.Value;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyValidationTest {
    private static final String SCHEMA_MISMATCH = "The provided key element does not match the schema";
    private final Engine engine = Engine.create();

    @BeforeEach
    void createTables() {
        engine.createTable(CreateTableRequest.of("users", "userId", ScalarAttributeType.S));
        engine.createTable(
                CreateTableRequest.of("events", "userId", ScalarAttributeType.S, "ts", ScalarAttributeType.N));
        engine.createTable(CreateTableRequest.of("blobs", "id", ScalarAttributeType.B));
    }

    private void assertPutFails(String table, Map<String, Value> item, String message) {
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.of(table, item)))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
    }

    private void assertKeyFails(String table, Map<String, Value> key, String message) {
        assertThatThrownBy(() -> engine.getItem(GetItemRequest.of(table, key)))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> engine.deleteItem(DeleteItemRequest.of(table, key)))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
        assertThatThrownBy(() ->
                        engine.updateItem(UpdateItemRequest.of(table, key, "SET a = :a", null, Map.of(":a", n("1")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
    }

    @Test
    void putNeedsEveryKeyAttribute() {
        assertPutFails(
                "users",
                item("name", s("alice")),
                "One or more parameter values were invalid: Missing the key userId in the item");
        assertPutFails(
                "events",
                item("userId", s("u1")),
                "One or more parameter values were invalid: Missing the key ts in the item");
    }

    @Test
    void putNeedsTheKeyTypes() {
        assertPutFails(
                "users",
                item("userId", n("1")),
                "One or more parameter values were invalid: Type mismatch for key userId expected: S actual: N");
        assertPutFails(
                "events",
                item("userId", s("u1"), "ts", s("now")),
                "One or more parameter values were invalid: Type mismatch for key ts expected: N actual: S");
    }

    @Test
    void putRefusesEmptyKeyStringsAndBinaries() {
        assertPutFails(
                "users",
                item("userId", s("")),
                "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain"
                        + " an empty string value. Key: userId");
        assertPutFails(
                "blobs",
                item("id", b()),
                "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain"
                        + " an empty binary value. Key: id");
    }

    @Test
    void emptyNonKeyStringsAreAllowed() {
        engine.putItem(PutItemRequest.of("users", item("userId", s("u1"), "name", s(""))));

        assertThat(engine.getItem(GetItemRequest.of("users", item("userId", s("u1"))))
                        .item())
                .isEqualTo(item("userId", s("u1"), "name", s("")));
    }

    @Test
    void keysMustMatchTheSchemaExactly() {
        assertKeyFails("users", item("id", s("u1")), SCHEMA_MISMATCH);
        assertKeyFails("users", item("userId", n("1")), SCHEMA_MISMATCH);
        assertKeyFails("users", item("userId", s("u1"), "name", s("alice")), SCHEMA_MISMATCH);
        assertKeyFails("events", item("userId", s("u1")), SCHEMA_MISMATCH);
        assertKeyFails("events", item("userId", s("u1"), "ts", s("x")), SCHEMA_MISMATCH);
        assertKeyFails(
                "users",
                item("userId", s("")),
                "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain"
                        + " an empty string value. Key: userId");
    }

    @Test
    void itemsAreFoundByPartitionAndSortKey() {
        engine.putItem(PutItemRequest.of("events", item("userId", s("u1"), "ts", n("1"), "v", s("a"))));
        engine.putItem(PutItemRequest.of("events", item("userId", s("u1"), "ts", n("2"), "v", s("b"))));
        engine.putItem(PutItemRequest.of("events", item("userId", s("u2"), "ts", n("1"), "v", s("c"))));

        assertThat(engine.getItem(GetItemRequest.of("events", item("userId", s("u1"), "ts", n("2.0"))))
                        .item())
                .isEqualTo(item("userId", s("u1"), "ts", n("2"), "v", s("b")));
        assertThat(engine.getItem(GetItemRequest.of("events", item("userId", s("u2"), "ts", n("1"))))
                        .item()
                        .get("v"))
                .isEqualTo(s("c"));
        engine.putItem(PutItemRequest.of("blobs", item("id", b(1, 2), "v", s("x"))));
        assertThat(engine.getItem(GetItemRequest.of("blobs", item("id", b(1, 2))))
                        .item())
                .isEqualTo(item("id", b(1, 2), "v", s("x")));
    }

    @Test
    void itemsLargerThan400KbAreRefused() {
        String name = "data";
        // userId (6) + "u1" (2) + name (4) = 12 bytes around the string.
        String fits = "x".repeat(400 * 1024 - 12);
        engine.putItem(PutItemRequest.of("users", item("userId", s("u1"), name, s(fits))));

        assertPutFails(
                "users",
                item("userId", s("u1"), name, s(fits + "x")),
                "Item size has exceeded the maximum allowed size");
        assertThatThrownBy(() -> engine.updateItem(UpdateItemRequest.of(
                        "users", item("userId", s("u1")), "SET more = :m", null, Map.of(":m", s("y")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Item size to update has exceeded the maximum allowed size");
    }

    @Test
    void keyValuesHaveSizeLimits() {
        engine.putItem(PutItemRequest.of("events", item("userId", s("é".repeat(1024)), "ts", n("1"))));
        assertPutFails(
                "users",
                item("userId", s("x".repeat(2049))),
                "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048"
                        + " bytes");
        engine.createTable(CreateTableRequest.of("sorted", "id", ScalarAttributeType.S, "sk", ScalarAttributeType.B));
        engine.putItem(PutItemRequest.of("sorted", item("id", s("a"), "sk", new Value.B(new byte[1024]))));
        assertPutFails(
                "sorted",
                item("id", s("a"), "sk", new Value.B(new byte[1025])),
                "One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size"
                        + " limit of 1024 bytes");
        assertKeyFails(
                "events",
                item("userId", s("é".repeat(1025)), "ts", n("1")),
                "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048"
                        + " bytes");
    }
}
