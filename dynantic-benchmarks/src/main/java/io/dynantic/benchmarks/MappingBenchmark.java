package io.dynantic.benchmarks;

import io.dynantic.benchmarks.Models.User;
import io.dynantic.benchmarks.Models.UserBean;
import io.dynantic.convert.InstantFormat;
import io.dynantic.internal.schema.EntityModel;
import io.dynantic.internal.schema.ModelInspector;
import io.dynantic.internal.schema.TableModel;
import java.util.ArrayList;
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
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Object to item and back for a 12-attribute user (with a nested address and a string set):
 * Dynantic's mapping, the AWS Enhanced Client's bean schema, and hand-written SDK code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class MappingBenchmark {
    private User user;
    private UserBean bean;
    private Map<String, AttributeValue> handItem;
    private Map<String, AttributeValue> dynanticItem;
    private Map<String, AttributeValue> enhancedItem;
    private TableModel<User> dynantic;
    private EntityModel<User> entity;
    private TableSchema<UserBean> enhanced;

    @Setup
    public void setUp() {
        user = Models.user();
        bean = UserBean.from(user);
        dynantic = new ModelInspector(Map.of(), List.of(), InstantFormat.ISO_FIXED).table(User.class);
        entity = dynantic.entityOf(user);
        enhanced = TableSchema.fromBean(UserBean.class);
        // Each reads the item as it writes it (they differ only in Instant text and map order).
        handItem = Models.toItem(user);
        dynanticItem = dynantic.write(entity, user, new ArrayList<>(0));
        enhancedItem = enhanced.itemToMap(bean, true);
    }

    @Benchmark
    public Map<String, AttributeValue> toItemHandWritten() {
        return Models.toItem(user);
    }

    @Benchmark
    public Map<String, AttributeValue> toItemDynantic() {
        return dynantic.write(entity, user, new ArrayList<>(0));
    }

    @Benchmark
    public Map<String, AttributeValue> toItemEnhancedClient() {
        return enhanced.itemToMap(bean, true);
    }

    @Benchmark
    public User fromItemHandWritten() {
        return Models.fromItem(handItem);
    }

    @Benchmark
    public User fromItemDynantic() {
        return dynantic.read(dynanticItem);
    }

    @Benchmark
    public UserBean fromItemEnhancedClient() {
        return enhanced.mapToItem(enhancedItem);
    }
}
