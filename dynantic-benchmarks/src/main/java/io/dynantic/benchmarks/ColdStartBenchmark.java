package io.dynantic.benchmarks;

import io.dynantic.benchmarks.Models.User;
import io.dynantic.benchmarks.Models.UserBean;
import io.dynantic.convert.InstantFormat;
import io.dynantic.internal.schema.ModelInspector;
import io.dynantic.internal.schema.ModelSchema;
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
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The first schema and the first conversion in a fresh JVM: one shot per fork, many forks. What
 * {@code dyn.table(User.class)} does on first use (with the schema the processor generated, and once more by
 * reflection), without building an SDK client (which costs the
 * same for every mapper).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class ColdStartBenchmark {

    @Benchmark
    public Map<String, AttributeValue> handWritten() {
        return Models.toItem(Models.user());
    }

    @Benchmark
    public Map<String, AttributeValue> dynantic() {
        TableModel<User> model = new ModelInspector(Map.of(), List.of(), InstantFormat.ISO_FIXED).table(User.class);
        User user = Models.user();
        return model.write(model.entityOf(user), user, new ArrayList<>(0));
    }

    /** The same for models compiled without the annotation processor: read by reflection. */
    @Benchmark
    @Fork(value = 20, jvmArgsAppend = "-D" + ModelSchema.MODE_PROPERTY + "=reflection")
    public Map<String, AttributeValue> dynanticReflection() {
        return dynantic();
    }

    @Benchmark
    public Map<String, AttributeValue> enhancedClient() {
        TableSchema<UserBean> schema = TableSchema.fromBean(UserBean.class);
        return schema.itemToMap(UserBean.from(Models.user()), true);
    }
}
