package io.dynantic.benchmarks;

import io.dynantic.Dynantic;
import io.dynantic.Table;
import io.dynantic.benchmarks.Models.User;
import io.dynantic.benchmarks.Models.UserBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
@Warmup(iterations = 8, time = 4)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class CallBenchmark {
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
        return client.updateItem(Updates.handWritten());
    }

    @Benchmark
    public Object updateDynantic() {
        return Updates.dynantic(dynantic);
    }

    @Benchmark
    public Object updateEnhanced() {
        return enhanced.updateItem(bean);
    }
}
