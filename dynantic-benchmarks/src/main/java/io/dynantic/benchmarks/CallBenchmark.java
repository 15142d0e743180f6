package io.dynantic.benchmarks;

import io.dynantic.Dynantic;
import io.dynantic.Table;
import io.dynantic.benchmarks.Models.Status;
import io.dynantic.benchmarks.Models.User;
import io.dynantic.benchmarks.Models.UserBean;
import io.dynantic.expression.Attribute;
import io.dynantic.expression.ComparableAttribute;
import io.dynantic.expression.NumberAttribute;
import io.dynantic.expression.SetAttribute;
import io.dynantic.expression.StringAttribute;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Whole calls through the real SDK client on an in-process HTTP stub that answers with canned DynamoDB JSON ({@link
 * CannedHttpClient}): get, put, query (a page of 100 items) and update of ten attributes, each written by hand
 * against the SDK, with Dynantic, and with the Enhanced Client. The hand-written put and update send what Dynantic
 * sends (the version check and increment of the model's {@code @Version}); the Enhanced Client's bean has no version
 * attribute, so its put is unconditional and its update sends the whole item.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class CallBenchmark {
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

    private DynamoDbClient client;
    private Table<User> dynantic;
    private DynamoDbTable<UserBean> enhanced;
    private User user;
    private UserBean bean;

    @Setup
    public void setUp() {
        client = CannedHttpClient.client();
        dynantic = Dynantic.create(client).table(User.class);
        enhanced = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .build()
                .table("users", TableSchema.fromBean(UserBean.class));
        user = Models.user();
        bean = UserBean.from(user);
    }

    private static Map<String, AttributeValue> key() {
        Map<String, AttributeValue> key = new HashMap<>(4);
        key.put("userId", AttributeValue.createS("user-0001"));
        key.put("email", AttributeValue.createS("ada@example.com"));
        return key;
    }

    // ---------------------------------------------------------------- get

    @Benchmark
    public User getHandWritten() {
        return Models.fromItem(client.getItem(
                        GetItemRequest.builder().tableName("users").key(key()).build())
                .item());
    }

    @Benchmark
    public User getDynantic() {
        return dynantic.get("user-0001", "ada@example.com").orElseThrow();
    }

    @Benchmark
    public UserBean getEnhanced() {
        return enhanced.getItem(Key.builder()
                .partitionValue("user-0001")
                .sortValue("ada@example.com")
                .build());
    }

    // ---------------------------------------------------------------- put

    @Benchmark
    public Object putHandWritten() {
        Map<String, AttributeValue> item = Models.toItem(user);
        item.put("version", AttributeValue.createN(Long.toString(user.version() + 1)));
        Map<String, String> names = new HashMap<>(2);
        names.put("#version", "version");
        Map<String, AttributeValue> values = new HashMap<>(2);
        values.put(":version", AttributeValue.createN(Long.toString(user.version())));
        return client.putItem(PutItemRequest.builder()
                .tableName("users")
                .item(item)
                .conditionExpression("#version = :version")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build());
    }

    @Benchmark
    public User putDynantic() {
        return dynantic.save(user);
    }

    @Benchmark
    public Object putEnhanced() {
        enhanced.putItem(bean);
        return bean;
    }

    // ---------------------------------------------------------------- query

    @Benchmark
    public List<User> queryHandWritten() {
        Map<String, AttributeValue> values = new HashMap<>(2);
        values.put(":pk", AttributeValue.createS("user-0001"));
        List<Map<String, AttributeValue>> items = client.query(QueryRequest.builder()
                        .tableName("users")
                        .keyConditionExpression("userId = :pk")
                        .expressionAttributeValues(values)
                        .build())
                .items();
        List<User> users = new ArrayList<>(items.size());
        for (Map<String, AttributeValue> item : items) {
            users.add(Models.fromItem(item));
        }
        return users;
    }

    @Benchmark
    public List<User> queryDynantic() {
        return dynantic.query("user-0001").list();
    }

    @Benchmark
    public List<UserBean> queryEnhanced() {
        List<UserBean> users = new ArrayList<>(CannedHttpClient.PAGE);
        enhanced.query(QueryConditional.keyEqualTo(
                        Key.builder().partitionValue("user-0001").build()))
                .items()
                .forEach(users::add);
        return users;
    }

    // ---------------------------------------------------------------- update

    @Benchmark
    public Object updateHandWritten() {
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
        return client.updateItem(UpdateItemRequest.builder()
                .tableName("users")
                .key(key())
                .updateExpression("SET #name = :name, #status = :status, #createdAt = :createdAt,"
                        + " #balance = :balance, #active = :active, #score = :score, #address.#city = :city,"
                        + " #address.#zip = :zip ADD #loginCount :loginCount, #tags :tags, #version :one")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build());
    }

    @Benchmark
    public Object updateDynantic() {
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

    @Benchmark
    public Object updateEnhanced() {
        return enhanced.updateItem(bean);
    }
}
