package io.dynantic.internal.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The runner's own mechanics; no request is sent. */
class RunnerTest {
    private static final Runner SYNC = Runner.of(DynamoDbClient.builder()
            .region(Region.US_EAST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .build());
    private static final Runner ASYNC = Runner.of(DynamoDbAsyncClient.builder()
            .region(Region.US_EAST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .build());

    @Test
    void backoffWaitsAtMostTheCappedExponentialCeiling() {
        Runner.Backoff backoff = new Runner.Backoff(10, Duration.ofMillis(10), Duration.ofMillis(300));
        for (int n = 1; n < 10; n++) {
            long ceiling = Math.min(300, 10L << (n - 1));
            for (int i = 0; i < 200; i++) {
                assertThat(backoff.delay(n).toNanos())
                        .isBetween(0L, Duration.ofMillis(ceiling).toNanos());
            }
        }
        assertThat(IntStream.range(0, 200)
                        .mapToLong(i -> backoff.delay(9).toMillis())
                        .max()
                        .orElseThrow())
                .as("full jitter spreads over the whole range")
                .isGreaterThan(150);
    }

    @Test
    void fanOutKeepsInputOrderAndTheBoundOnTasksInFlight() {
        for (Runner runner : List.of(SYNC, ASYNC)) {
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            List<Integer> inputs = IntStream.range(0, 40).boxed().toList();
            List<Integer> out = Futures.join(runner.fanOut(inputs, 3, i -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                return runner.after(Duration.ofMillis(2), () -> {
                    running.decrementAndGet();
                    return CompletableFuture.completedFuture(i * 10);
                });
            }));
            assertThat(out).isEqualTo(inputs.stream().map(i -> i * 10).toList());
            assertThat(most.get()).isLessThanOrEqualTo(3).isGreaterThan(1);
        }
    }

    @Test
    void tasksThatFinishAtOnceDoNotDeepenTheStack() {
        List<Integer> inputs = IntStream.range(0, 200_000).boxed().toList();
        for (Runner runner : List.of(SYNC, ASYNC)) {
            List<Integer> out = Futures.join(runner.fanOut(inputs, 4, CompletableFuture::completedFuture));
            assertThat(out).hasSize(200_000);
        }
    }

    @Test
    void slicesComeBackInOrder() {
        List<List<Integer>> parts = Runner.slices(
                2500, 1000, (from, to) -> IntStream.range(from, to).boxed().toList());
        assertThat(parts).hasSize(3);
        assertThat(parts.stream().flatMap(List::stream).toList())
                .isEqualTo(IntStream.range(0, 2500).boxed().toList());
    }
}
