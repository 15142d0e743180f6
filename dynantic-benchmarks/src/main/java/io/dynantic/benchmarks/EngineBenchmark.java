package io.dynantic.benchmarks;

import io.dynantic.local.Engine;
import io.dynantic.testing.LocalDynamoDb;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The embedded engine against moto, side by side: PutItem (over 10,000 keys), GetItem and Query (a page of 10 items)
 * through the real SDK client on one thread. The engine is reached in-process ({@code LocalHttpClient}); moto over loopback HTTP,
 * single-threaded as the test harness runs it. Needs {@code python3} with moto for the moto half.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class EngineBenchmark {
    private static final String TABLE = "bench";

    /** Puts cycle over this many keys: a table of a test's size, not one that grows for as long as JMH runs. */
    private static final long PUT_KEYS = 10_000;

    @Param({"engine", "moto"})
    public String backend;

    private LocalDynamoDb db;
    private DynamoDbClient client;
    private long next;
    private GetItemRequest get;
    private QueryRequest query;

    @Setup(Level.Trial)
    public void start() {
        if (backend.equals("engine")) {
            db = LocalDynamoDb.startEngine(Engine.create());
        } else {
            System.setProperty(LocalDynamoDb.BACKEND_PROPERTY, "moto");
            db = LocalDynamoDb.start();
        }
        client = db.client();
        client.createTable(r -> r.tableName(TABLE)
                .billingMode("PAY_PER_REQUEST")
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName("pk")
                                .keyType("HASH")
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName("sk")
                                .keyType("RANGE")
                                .build())
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("pk")
                                .attributeType("S")
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("sk")
                                .attributeType("N")
                                .build()));
        for (int i = 0; i < 10; i++) {
            client.putItem(r -> r.tableName(TABLE).item(item("query", next++)));
        }
        get = GetItemRequest.builder()
                .tableName(TABLE)
                .key(Map.of("pk", AttributeValue.fromS("query"), "sk", AttributeValue.fromN("3")))
                .build();
        query = QueryRequest.builder()
                .tableName(TABLE)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("query")))
                .build();
    }

    private static Map<String, AttributeValue> item(String pk, long sk) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS(pk));
        item.put("sk", AttributeValue.fromN(Long.toString(sk)));
        item.put("name", AttributeValue.fromS("Ada Lovelace"));
        item.put("email", AttributeValue.fromS("ada@example.com"));
        item.put("age", AttributeValue.fromN("36"));
        item.put("tags", AttributeValue.fromSs(java.util.List.of("math", "engines")));
        return item;
    }

    @TearDown(Level.Trial)
    public void stop() {
        db.close();
    }

    @Benchmark
    public PutItemResponse putItem() {
        return client.putItem(r -> r.tableName(TABLE).item(item("put", next++ % PUT_KEYS)));
    }

    @Benchmark
    public GetItemResponse getItem() {
        return client.getItem(get);
    }

    @Benchmark
    public QueryResponse query() {
        return client.query(query);
    }
}
