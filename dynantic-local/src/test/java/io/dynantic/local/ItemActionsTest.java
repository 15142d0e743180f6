package io.dynantic.local;

import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.Fixtures.l;
import static io.dynantic.local.Fixtures.m;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.s;
import static io.dynantic.local.Fixtures.ss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.DeleteItemRequest;
import io.dynantic.local.api.GetItemRequest;
import io.dynantic.local.api.PutItemRequest;
import io.dynantic.local.api.ReturnValue;
import io.dynantic.local.api.ReturnValuesOnConditionCheckFailure;
import io.dynantic.local.api.ScalarAttributeType;
import io.dynantic.local.api.UpdateItemRequest;
import io.dynantic.local.value.Value;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ItemActionsTest {
    private static final String TABLE = "users";
    private final Engine engine = Engine.create();
    private final Map<String, Value> key = item("userId", s("u1"));
    private final Map<String, Value> alice = item("userId", s("u1"), "name", s("alice"), "age", n("30"));

    @BeforeEach
    void createTable() {
        engine.createTable(CreateTableRequest.of(TABLE, "userId", ScalarAttributeType.S));
    }

    private Map<String, Value> get(Map<String, Value> key) {
        return engine.getItem(GetItemRequest.of(TABLE, key)).item();
    }

    // PutItem

    /** A string wrapped in {@code wraps} maps: the attribute is then {@code wraps + 1} levels deep. */
    private static Value deep(int wraps) {
        Value value = s("leaf");
        for (int i = 0; i < wraps; i++) {
            value = new Value.M(Map.of("n", value));
        }
        return value;
    }

    @Test
    void anItemMayNestThirtyTwoLevelsAndNoMore() {
        engine.putItem(PutItemRequest.of(TABLE, item("userId", s("deep"), "data", deep(31))));
        assertThat(get(item("userId", s("deep"))).get("data")).isEqualTo(deep(31));
        String tooDeep = "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels"
                + " beyond supported limit";
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.of(TABLE, item("userId", s("x"), "data", deep(32)))))
                .isInstanceOf(ValidationException.class)
                .hasMessage(tooDeep);
        assertThatThrownBy(() ->
                        engine.updateItem(UpdateItemRequest.of(TABLE, key, "SET d = :d", null, Map.of(":d", deep(32)))))
                .isInstanceOf(ValidationException.class)
                .hasMessage(tooDeep);
    }

    @Test
    void anExpressionMayBe4096BytesLong() {
        String name = "a".repeat(4096 - "attribute_not_exists()".length());
        engine.putItem(PutItemRequest.builder(TABLE, alice)
                .conditionExpression("attribute_not_exists(" + name + ")")
                .build());
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.builder(TABLE, alice)
                        .conditionExpression("attribute_not_exists(" + name + "b)")
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ConditionExpression: Expression size has exceeded the maximum allowed size;"
                        + " expression size: 4097");
    }

    @Test
    void putStoresAndReplacesTheItem() {
        assertThat(engine.putItem(PutItemRequest.of(TABLE, alice)).attributes()).isNull();
        assertThat(get(key)).isEqualTo(alice);

        var bob = item("userId", s("u1"), "name", s("bob"));
        assertThat(engine.putItem(PutItemRequest.of(TABLE, bob)).attributes()).isNull();
        assertThat(get(key)).isEqualTo(bob);
    }

    @Test
    void putReturnsTheOldItemWithAllOld() {
        assertThat(engine.putItem(PutItemRequest.builder(TABLE, alice)
                                .returnValues(ReturnValue.ALL_OLD)
                                .build())
                        .attributes())
                .isNull();
        var bob = item("userId", s("u1"), "name", s("bob"));
        assertThat(engine.putItem(PutItemRequest.builder(TABLE, bob)
                                .returnValues(ReturnValue.ALL_OLD)
                                .build())
                        .attributes())
                .isEqualTo(alice);
        assertThat(engine.putItem(PutItemRequest.builder(TABLE, bob)
                                .returnValues(ReturnValue.NONE)
                                .build())
                        .attributes())
                .isNull();
    }

    @Test
    void putRefusesUpdateReturnValues() {
        for (ReturnValue rv :
                new ReturnValue[] {ReturnValue.ALL_NEW, ReturnValue.UPDATED_OLD, ReturnValue.UPDATED_NEW}) {
            assertThatThrownBy(() -> engine.putItem(PutItemRequest.builder(TABLE, alice)
                            .returnValues(rv)
                            .build()))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("ReturnValues can only be ALL_OLD or NONE");
        }
    }

    @Test
    void putWithATrueConditionWrites() {
        engine.putItem(PutItemRequest.builder(TABLE, alice)
                .conditionExpression("attribute_not_exists(userId)")
                .build());
        var older = item("userId", s("u1"), "name", s("alice"), "age", n("31"));

        engine.putItem(PutItemRequest.builder(TABLE, older)
                .conditionExpression("age = :a")
                .expressionAttributeValues(Map.of(":a", n("30")))
                .build());

        assertThat(get(key)).isEqualTo(older);
    }

    @Test
    void putWithAFalseConditionFailsAndReturnsTheOldItemWhenAsked() {
        engine.putItem(PutItemRequest.of(TABLE, alice));
        var request = PutItemRequest.builder(TABLE, item("userId", s("u1")))
                .conditionExpression("attribute_not_exists(userId)")
                .build();

        assertThatThrownBy(() -> engine.putItem(request))
                .isInstanceOfSatisfying(
                        ConditionalCheckFailedException.class,
                        e -> assertThat(e.item()).isNull())
                .hasMessage("The conditional request failed");
        assertThatThrownBy(() -> engine.putItem(request.toBuilder()
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build()))
                .isInstanceOfSatisfying(
                        ConditionalCheckFailedException.class,
                        e -> assertThat(e.item()).isEqualTo(alice))
                .hasMessage("The conditional request failed");
        assertThat(get(key)).isEqualTo(alice);
    }

    @Test
    void aConditionOnAMissingItemSeesNoAttributes() {
        var request = PutItemRequest.builder(TABLE, alice)
                .conditionExpression("#n = :n")
                .expressionAttributeNames(Map.of("#n", "name"))
                .expressionAttributeValues(Map.of(":n", s("alice")))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build();

        assertThatThrownBy(() -> engine.putItem(request))
                .isInstanceOfSatisfying(
                        ConditionalCheckFailedException.class,
                        e -> assertThat(e.item()).isNull());
        assertThat(get(key)).isNull();
    }

    @Test
    void putRefusesUnusedPlaceholders() {
        assertThatThrownBy(() -> engine.putItem(PutItemRequest.builder(TABLE, alice)
                        .conditionExpression("age = :a")
                        .expressionAttributeValues(Map.of(":a", n("1"), ":b", n("2")))
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Value provided in ExpressionAttributeValues unused in expressions: keys: {:b}");
    }

    // GetItem

    @Test
    void getReturnsNullForAMissingItem() {
        assertThat(get(key)).isNull();
    }

    @Test
    void getProjectsTheItem() {
        var doc = item(
                "userId", s("u1"),
                "name", s("alice"),
                "tags", ss("a", "b"),
                "address", m("city", s("Paris"), "zip", s("75001")),
                "scores", l(n("1"), n("2"), n("3")));
        engine.putItem(PutItemRequest.of(TABLE, doc));

        var projected = engine.getItem(GetItemRequest.builder(TABLE, key)
                        .projectionExpression("#n, address.city, scores[1], absent")
                        .expressionAttributeNames(Map.of("#n", "name"))
                        .build())
                .item();

        assertThat(projected)
                .isEqualTo(item("name", s("alice"), "address", m("city", s("Paris")), "scores", l(n("2"))));
    }

    // DeleteItem

    @Test
    void deleteRemovesTheItemAndReturnsItWithAllOld() {
        engine.putItem(PutItemRequest.of(TABLE, alice));

        assertThat(engine.deleteItem(DeleteItemRequest.builder(TABLE, key)
                                .returnValues(ReturnValue.ALL_OLD)
                                .build())
                        .attributes())
                .isEqualTo(alice);
        assertThat(get(key)).isNull();
        assertThat(engine.deleteItem(DeleteItemRequest.builder(TABLE, key)
                                .returnValues(ReturnValue.ALL_OLD)
                                .build())
                        .attributes())
                .isNull();
        assertThat(engine.deleteItem(DeleteItemRequest.of(TABLE, key)).attributes())
                .isNull();
        assertThatThrownBy(() -> engine.deleteItem(DeleteItemRequest.builder(TABLE, key)
                        .returnValues(ReturnValue.ALL_NEW)
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ReturnValues can only be ALL_OLD or NONE");
    }

    @Test
    void deleteWithConditions() {
        engine.putItem(PutItemRequest.of(TABLE, alice));
        var failing = DeleteItemRequest.builder(TABLE, key)
                .conditionExpression("age > :a")
                .expressionAttributeValues(Map.of(":a", n("40")))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build();

        assertThatThrownBy(() -> engine.deleteItem(failing))
                .isInstanceOfSatisfying(
                        ConditionalCheckFailedException.class,
                        e -> assertThat(e.item()).isEqualTo(alice))
                .hasMessage("The conditional request failed");
        assertThat(get(key)).isEqualTo(alice);

        engine.deleteItem(DeleteItemRequest.builder(TABLE, key)
                .conditionExpression("age < :a")
                .expressionAttributeValues(Map.of(":a", n("40")))
                .build());
        assertThat(get(key)).isNull();
    }

    // UpdateItem

    private UpdateItemRequest update(String expression, Map<String, Value> values) {
        return UpdateItemRequest.of(TABLE, key, expression, null, values);
    }

    @Test
    void updateCreatesAMissingItemFromItsKey() {
        var response = engine.updateItem(update("SET age = :a", Map.of(":a", n("1"))).toBuilder()
                .returnValues(ReturnValue.ALL_NEW)
                .build());

        assertThat(response.attributes()).isEqualTo(item("userId", s("u1"), "age", n("1")));
        assertThat(get(key)).isEqualTo(item("userId", s("u1"), "age", n("1")));
    }

    @Test
    void updateWithoutAnExpressionCreatesTheKeyOnlyItem() {
        engine.updateItem(UpdateItemRequest.builder(TABLE, key).build());

        assertThat(get(key)).isEqualTo(key);
    }

    @Test
    void updateReturnValues() {
        engine.putItem(PutItemRequest.of(TABLE, alice));
        String expression = "SET age = age + :one, city = :c REMOVE #n";
        Map<String, Value> values = Map.of(":one", n("1"), ":c", s("Paris"));
        var names = Map.of("#n", "name");

        assertThat(engine.updateItem(UpdateItemRequest.of(TABLE, key, expression, names, values))
                        .attributes())
                .isNull();
        engine.putItem(PutItemRequest.of(TABLE, alice));
        assertThat(engine.updateItem(UpdateItemRequest.of(TABLE, key, expression, names, values).toBuilder()
                                .returnValues(ReturnValue.ALL_OLD)
                                .build())
                        .attributes())
                .isEqualTo(alice);
        engine.putItem(PutItemRequest.of(TABLE, alice));
        assertThat(engine.updateItem(UpdateItemRequest.of(TABLE, key, expression, names, values).toBuilder()
                                .returnValues(ReturnValue.UPDATED_OLD)
                                .build())
                        .attributes())
                .isEqualTo(item("age", n("30"), "name", s("alice")));
        engine.putItem(PutItemRequest.of(TABLE, alice));
        assertThat(engine.updateItem(UpdateItemRequest.of(TABLE, key, expression, names, values).toBuilder()
                                .returnValues(ReturnValue.ALL_NEW)
                                .build())
                        .attributes())
                .isEqualTo(item("userId", s("u1"), "age", n("31"), "city", s("Paris")));
        engine.putItem(PutItemRequest.of(TABLE, alice));
        assertThat(engine.updateItem(UpdateItemRequest.of(TABLE, key, expression, names, values).toBuilder()
                                .returnValues(ReturnValue.UPDATED_NEW)
                                .build())
                        .attributes())
                .isEqualTo(item("age", n("31"), "city", s("Paris")));
        assertThat(get(key)).isEqualTo(item("userId", s("u1"), "age", n("31"), "city", s("Paris")));
    }

    @Test
    void updatedValuesOfNestedPathsAreProjected() {
        engine.putItem(
                PutItemRequest.of(TABLE, item("userId", s("u1"), "address", m("city", s("Paris"), "zip", s("75001")))));

        var response = engine.updateItem(update("SET address.city = :c", Map.of(":c", s("Lyon"))).toBuilder()
                .returnValues(ReturnValue.UPDATED_NEW)
                .build());

        assertThat(response.attributes()).isEqualTo(item("address", m("city", s("Lyon"))));
    }

    @Test
    void updateWithConditions() {
        engine.putItem(PutItemRequest.of(TABLE, alice));
        var failing =
                UpdateItemRequest.of(TABLE, key, "SET age = :a", null, Map.of(":a", n("99"), ":old", n("1")))
                        .toBuilder()
                        .conditionExpression("age = :old")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build();

        assertThatThrownBy(() -> engine.updateItem(failing))
                .isInstanceOfSatisfying(
                        ConditionalCheckFailedException.class,
                        e -> assertThat(e.item()).isEqualTo(alice))
                .hasMessage("The conditional request failed");
        assertThatThrownBy(() -> engine.updateItem(failing.toBuilder()
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE)
                        .build()))
                .isInstanceOfSatisfying(
                        ConditionalCheckFailedException.class,
                        e -> assertThat(e.item()).isNull());
        assertThat(get(key)).isEqualTo(alice);

        engine.updateItem(
                UpdateItemRequest.of(TABLE, key, "SET age = :a", null, Map.of(":a", n("99"), ":old", n("30")))
                        .toBuilder()
                        .conditionExpression("age = :old")
                        .build());
        assertThat(get(key).get("age")).isEqualTo(n("99"));
    }

    @Test
    void updateRefusesKeyAttributes() {
        engine.putItem(PutItemRequest.of(TABLE, alice));

        assertThatThrownBy(() -> engine.updateItem(update("SET userId = :v", Map.of(":v", s("u2")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage(
                        "One or more parameter values were invalid: Cannot update attribute userId. This attribute is part of the key");
        assertThatThrownBy(() ->
                        engine.updateItem(UpdateItemRequest.of(TABLE, key, "REMOVE #k", Map.of("#k", "userId"), null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage(
                        "One or more parameter values were invalid: Cannot update attribute userId. This attribute is part of the key");
        assertThat(get(key)).isEqualTo(alice);
    }

    @Test
    void updateReportsExpressionErrors() {
        engine.putItem(PutItemRequest.of(TABLE, alice));

        assertThatThrownBy(() -> engine.updateItem(update("SET age = absent + :one", Map.of(":one", n("1")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The provided expression refers to an attribute that does not exist in the item");
        assertThat(get(key)).isEqualTo(alice);
    }

    @Test
    void anUpdateThatOnlyRemovesDoesNotCreateAMissingItem() {
        var response = engine.updateItem(UpdateItemRequest.of(TABLE, key, "REMOVE age", null, null).toBuilder()
                .returnValues(ReturnValue.ALL_NEW)
                .build());

        assertThat(response.attributes()).isNull();
        assertThat(get(key)).isNull();
        engine.updateItem(UpdateItemRequest.of(TABLE, key, "REMOVE address.city, tags[0]", null, null));
        assertThat(get(key)).isNull();
    }
}
