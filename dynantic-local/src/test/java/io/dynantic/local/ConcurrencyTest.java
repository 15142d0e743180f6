package io.dynantic.local;

import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.GetItemRequest;
import io.dynantic.local.api.PutItemRequest;
import io.dynantic.local.api.ScalarAttributeType;
import io.dynantic.local.api.UpdateItemRequest;
import io.dynantic.local.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int INCREMENTS = 50;

    @Test
    void conditionalIncrementsAreAtomic() throws Exception {
        Engine engine = Engine.create();
        engine.createTable(CreateTableRequest.of("counters", "id", ScalarAttributeType.S));
        Map<String, Value> key = item("id", s("c"));
        engine.putItem(PutItemRequest.of("counters", item("id", s("c"), "n", n("0"))));
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < INCREMENTS; i++) {
                        while (true) {
                            Value current = engine.getItem(GetItemRequest.of("counters", key))
                                    .item()
                                    .get("n");
                            try {
                                engine.updateItem(UpdateItemRequest.of(
                                                "counters",
                                                key,
                                                "SET n = n + :one",
                                                null,
                                                Map.of(":one", n("1"), ":prev", current))
                                        .toBuilder()
                                        .conditionExpression("n = :prev")
                                        .build());
                                break;
                            } catch (ConditionalCheckFailedException e) {
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(engine.getItem(GetItemRequest.of("counters", key)).item().get("n"))
                .isEqualTo(n(String.valueOf(THREADS * INCREMENTS)));
    }

    @Test
    void exactlyOneOfManyCreatesOfATableWins() throws Exception {
        Engine engine = Engine.create();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger inUse = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        engine.createTable(CreateTableRequest.of("shared", "id", ScalarAttributeType.S));
                        created.incrementAndGet();
                    } catch (ResourceInUseException e) {
                        inUse.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(created.get()).isEqualTo(1);
        assertThat(inUse.get()).isEqualTo(THREADS - 1);
    }
}
