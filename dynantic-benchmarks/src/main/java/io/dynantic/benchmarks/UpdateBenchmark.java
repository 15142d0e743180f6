package io.dynantic.benchmarks;

import io.dynantic.Dynantic;
import io.dynantic.Table;
import io.dynantic.benchmarks.Models.User;
import io.dynantic.benchmarks.Models.UserBean;
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
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * One UpdateItem of ten attributes (one of them nested, one a counter, one a set), from the call to
 * the request handed to the client: Dynantic's update builder, the Enhanced Client's {@code
 * updateItem(item)} and a hand-written request. The client is a stub that answers at once, so the
 * SDK's marshalling and HTTP (the same for all three) are left out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class UpdateBenchmark {
    private static final UpdateItemResponse EMPTY = UpdateItemResponse.builder().build();

    /** A client that answers every UpdateItem at once. */
    static final class Stub implements DynamoDbClient {
        @Override
        public UpdateItemResponse updateItem(UpdateItemRequest request) {
            return EMPTY;
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {}
    }

    private final Stub stub = new Stub();
    private Table<User> dynantic;
    private DynamoDbTable<UserBean> enhanced;
    private UserBean bean;

    @Setup
    public void setUp() {
        dynantic = Dynantic.create(stub).table(User.class);
        enhanced = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(stub)
                .build()
                .table("users", TableSchema.fromBean(UserBean.class));
        bean = UserBean.from(Models.user());
    }

    @Benchmark
    public Object dynantic() {
        return Updates.dynantic(dynantic);
    }

    @Benchmark
    public Object enhancedClient() {
        return enhanced.updateItem(bean);
    }

    @Benchmark
    public Object handWritten() {
        return stub.updateItem(Updates.handWritten());
    }
}
