package io.dynantic.benchmarks;

import io.dynantic.local.Engine;
import io.dynantic.local.wire.Protocol;
import io.dynantic.testing.LocalDynamoDb;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;

/**
 * From nothing to the first answered request in a fresh JVM, one shot per fork: the engine answering DynamoDB's
 * JSON protocol; the engine behind a new SDK client (most of which is the SDK's own start, the same for any
 * backend); and moto, started as the test harness starts it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class EngineStartBenchmark {

    @Benchmark
    public Protocol.Reply engine() {
        return new Protocol(Engine.create())
                .handle(Protocol.TARGET_PREFIX + "ListTables", "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Benchmark
    public ListTablesResponse engineThroughANewSdkClient() {
        try (LocalDynamoDb db = LocalDynamoDb.startEngine(Engine.create())) {
            return db.client().listTables();
        }
    }

    @Benchmark
    @Fork(3)
    public ListTablesResponse moto() {
        System.setProperty(LocalDynamoDb.BACKEND_PROPERTY, "moto");
        try (LocalDynamoDb db = LocalDynamoDb.start()) {
            return db.client().listTables();
        }
    }
}
