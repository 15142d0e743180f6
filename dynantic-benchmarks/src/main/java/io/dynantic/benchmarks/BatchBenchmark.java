package io.dynantic.benchmarks;

import io.dynantic.Dynantic;
import io.dynantic.Key;
import io.dynantic.Table;
import io.dynantic.benchmarks.Models.User;
import io.dynantic.benchmarks.Models.UserBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchGetResultPage;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteResult;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A batch save of 10,000 items and a batch get of 10,000 keys through the real SDK client, on a stub
 * HTTP client that answers after 5 ms through a pool of 50 connections: Dynantic's {@code batchSave}
 * and {@code batchGet}; the Enhanced Client's {@code batchWriteItem} / {@code batchGetItem} loop as its
 * guide shows it (one batch after another); and the limit, hand-built requests sent on 50 threads,
 * one per connection. (The bare limit is 10,000 / 25 = 400 writes or 100 gets of 5 ms over 50
 * connections: 40 ms and 10 ms.) Fifty threads on two cores take long to warm up, hence the long
 * warm-up; a fixed heap keeps the collector's sizing out of the comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class BatchBenchmark {
    private static final int ITEMS = 10_000;
    private static final long LATENCY_MILLIS = 5;

    private DynamoDbClient client;
    private Table<User> dynantic;
    private DynamoDbEnhancedClient enhancedClient;
    private DynamoDbTable<UserBean> enhanced;
    private ExecutorService threads;
    private List<User> users;
    private List<UserBean> beans;
    private List<Key> keys;
    private List<BatchWriteItemRequest> writeRequests;
    private List<Map<String, KeysAndAttributes>> getRequests;

    @Setup
    public void setUp() {
        client = new LatencyStub(LATENCY_MILLIS).client();
        dynantic = Dynantic.create(client).table(User.class);
        enhancedClient = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        enhanced = enhancedClient.table("users", TableSchema.fromBean(UserBean.class));
        threads = Executors.newFixedThreadPool(LatencyStub.CONNECTIONS);
        users = new ArrayList<>(ITEMS);
        beans = new ArrayList<>(ITEMS);
        keys = new ArrayList<>(ITEMS);
        User template = Models.user();
        for (int i = 0; i < ITEMS; i++) {
            User u = new User(
                    "user-" + i,
                    template.email(),
                    template.name(),
                    template.status(),
                    template.createdAt(),
                    template.balance(),
                    template.loginCount(),
                    template.active(),
                    template.tags(),
                    template.score(),
                    template.version(),
                    template.address());
            users.add(u);
            beans.add(UserBean.from(u));
            keys.add(Key.of(u.userId(), u.email()));
        }
        writeRequests = new ArrayList<>();
        getRequests = new ArrayList<>();
        for (int i = 0; i < ITEMS; i += 25) {
            List<WriteRequest> writes = new ArrayList<>(25);
            for (int j = i; j < i + 25; j++) {
                writes.add(WriteRequest.builder()
                        .putRequest(PutRequest.builder()
                                .item(Models.toItem(users.get(j)))
                                .build())
                        .build());
            }
            writeRequests.add(BatchWriteItemRequest.builder()
                    .requestItems(Map.of("users", writes))
                    .build());
        }
        for (int i = 0; i < ITEMS; i += 100) {
            List<Map<String, AttributeValue>> batch = new ArrayList<>(100);
            for (int j = i; j < i + 100; j++) {
                batch.add(Map.of(
                        "userId", AttributeValue.fromS(users.get(j).userId()),
                        "email", AttributeValue.fromS(users.get(j).email())));
            }
            getRequests.add(
                    Map.of("users", KeysAndAttributes.builder().keys(batch).build()));
        }
    }

    @TearDown
    public void tearDown() {
        threads.shutdownNow();
    }

    @Benchmark
    public Object dynanticBatchSave() {
        return dynantic.batchSave(users);
    }

    @Benchmark
    public Object enhancedBatchWrite() {
        int unprocessed = 0;
        for (int i = 0; i < ITEMS; i += 25) {
            WriteBatch.Builder<UserBean> batch =
                    WriteBatch.builder(UserBean.class).mappedTableResource(enhanced);
            for (int j = i; j < i + 25; j++) {
                batch.addPutItem(beans.get(j));
            }
            BatchWriteResult result = enhancedClient.batchWriteItem(r -> r.writeBatches(batch.build()));
            unprocessed += result.unprocessedPutItemsForTable(enhanced).size();
        }
        return unprocessed;
    }

    @Benchmark
    public Object limitBatchWrite() throws Exception {
        List<Future<?>> sent = new ArrayList<>(writeRequests.size());
        for (BatchWriteItemRequest request : writeRequests) {
            sent.add(threads.submit(() -> client.batchWriteItem(request)));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        return sent;
    }

    @Benchmark
    public Object dynanticBatchGet() {
        return dynantic.batchGet(keys);
    }

    @Benchmark
    public Object enhancedBatchGet() {
        List<UserBean> found = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i += 100) {
            ReadBatch.Builder<UserBean> batch =
                    ReadBatch.builder(UserBean.class).mappedTableResource(enhanced);
            for (int j = i; j < i + 100; j++) {
                UserBean b = beans.get(j);
                batch.addGetItem(k -> k.key(x -> x.partitionValue(b.getUserId()).sortValue(b.getEmail())));
            }
            for (BatchGetResultPage page : enhancedClient.batchGetItem(r -> r.readBatches(batch.build()))) {
                found.addAll(page.resultsForTable(enhanced));
            }
        }
        return found;
    }

    @Benchmark
    public Object limitBatchGet() throws Exception {
        List<Future<?>> sent = new ArrayList<>(getRequests.size());
        for (Map<String, KeysAndAttributes> request : getRequests) {
            sent.add(threads.submit(() -> client.batchGetItem(r -> r.requestItems(request))));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        return sent;
    }
}
