package io.dynantic.benchmarks;

import io.dynantic.Table;
import io.dynantic.benchmarks.Models.Status;
import io.dynantic.benchmarks.Models.User;
import io.dynantic.expression.Attribute;
import io.dynantic.expression.ComparableAttribute;
import io.dynantic.expression.NumberAttribute;
import io.dynantic.expression.SetAttribute;
import io.dynantic.expression.StringAttribute;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The update the benchmarks measure: ten attributes of {@link User} (one nested, one a counter, one a set), through
 * Dynantic's builder and as the request a hand-written caller builds.
 */
final class Updates {
    private Updates() {}

    private static final StringAttribute<User> NAME = Attribute.string("name");
    private static final ComparableAttribute<User, Status> STATUS = Attribute.comparable("status");
    private static final ComparableAttribute<User, Instant> CREATED_AT = Attribute.comparable("createdAt");
    private static final NumberAttribute<User, BigDecimal> BALANCE = Attribute.number("balance");
    private static final NumberAttribute<User, Integer> LOGINS = Attribute.number("loginCount");
    private static final Attribute<User, Boolean> ACTIVE = Attribute.of("active");
    private static final SetAttribute<User, String> TAGS = Attribute.set("tags");
    private static final NumberAttribute<User, Double> SCORE = Attribute.number("score");
    private static final StringAttribute<User> CITY =
            Attribute.<User, Object>model("address").then(Attribute.<Object>string("city"));
    private static final StringAttribute<User> ZIP =
            Attribute.<User, Object>model("address").then(Attribute.<Object>string("zip"));

    private static final Instant CREATED = Instant.parse("2024-03-01T12:34:56.789Z");

    /** The update through Dynantic's builder, executed. */
    static Object dynantic(Table<User> dynantic) {
        return dynantic.update("user-0001", "ada@example.com")
                .set(NAME, "Ada Lovelace")
                .set(STATUS, Status.ACTIVE)
                .set(CREATED_AT, CREATED)
                .set(BALANCE, new BigDecimal("1234.56"))
                .add(LOGINS, 1)
                .set(ACTIVE, true)
                .add(TAGS, Set.of("beta"))
                .set(SCORE, 98.6)
                .set(CITY, "London")
                .set(ZIP, "N1 9GU")
                .execute();
    }

    /** The same update as a hand-written request. */
    static UpdateItemRequest handWritten() {
        Map<String, AttributeValue> key = new HashMap<>(4);
        key.put("userId", AttributeValue.createS("user-0001"));
        key.put("email", AttributeValue.createS("ada@example.com"));
        Map<String, String> names = new HashMap<>(16);
        names.put("#name", "name");
        names.put("#status", "status");
        names.put("#createdAt", "createdAt");
        names.put("#balance", "balance");
        names.put("#loginCount", "loginCount");
        names.put("#active", "active");
        names.put("#tags", "tags");
        names.put("#score", "score");
        names.put("#address", "address");
        names.put("#city", "city");
        names.put("#zip", "zip");
        names.put("#version", "version");
        Map<String, AttributeValue> values = new HashMap<>(16);
        values.put(":name", AttributeValue.createS("Ada Lovelace"));
        values.put(":status", AttributeValue.createS(Status.ACTIVE.name()));
        values.put(":createdAt", AttributeValue.createS(CREATED.toString()));
        values.put(":balance", AttributeValue.createN(new BigDecimal("1234.56").toString()));
        values.put(":loginCount", AttributeValue.createN("1"));
        values.put(":active", AttributeValue.createBool(true));
        values.put(":tags", AttributeValue.createSs(List.of("beta")));
        values.put(":score", AttributeValue.createN(Double.toString(98.6)));
        values.put(":city", AttributeValue.createS("London"));
        values.put(":zip", AttributeValue.createS("N1 9GU"));
        values.put(":one", AttributeValue.createN("1"));
        return UpdateItemRequest.builder()
                .tableName("users")
                .key(key)
                .updateExpression("SET #name = :name, #status = :status, #createdAt = :createdAt,"
                        + " #balance = :balance, #active = :active, #score = :score, #address.#city = :city,"
                        + " #address.#zip = :zip ADD #loginCount :loginCount, #tags :tags, #version :one")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build();
    }
}
