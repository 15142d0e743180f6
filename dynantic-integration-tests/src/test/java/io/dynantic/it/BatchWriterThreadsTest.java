package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.Dynantic;
import io.dynantic.TableBatchWriter;
import io.dynantic.it.model.Thing;
import io.dynantic.it.stub.StubDynamoDb;
import io.dynantic.it.stub.StubDynamoDb.Answer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The sync batch writer shared by threads, against a stubbed HTTP client (StubDynamoDb) that holds a request as
 * long as the test wants: a batch in flight blocks only the thread whose write sent it.
 */
class BatchWriterThreadsTest {
    private static List<Thing> things(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new Thing("t" + i, "thing " + i))
                .toList();
    }

    private static StubDynamoDb stub(StubDynamoDb.Script script) {
        return new StubDynamoDb(script, id -> false);
    }

    @Test
    void aBatchInFlightDoesNotHoldUpOtherThreadsWrites() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        StubDynamoDb stub = stub(request -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Answer.ALL;
        });
        TableBatchWriter<Thing> writer = Dynantic.builder()
                .client(stub.client())
                .build()
                .table(Thing.class)
                .batchWriter();
        ExecutorService filler = Executors.newSingleThreadExecutor();
        try {
            // The 25th save sends a batch, which the stub holds.
            Future<?> full = filler.submit(() -> things(25).forEach(writer::save));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (stub.requests() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(stub.requests()).isEqualTo(1);
            // Meanwhile another thread's write is buffered, not blocked behind the request.
            CompletableFuture.runAsync(() -> writer.save(new Thing("late", "late")))
                    .get(30, TimeUnit.SECONDS);
            release.countDown();
            full.get(30, TimeUnit.SECONDS);
            writer.close();
        } finally {
            release.countDown();
            filler.shutdownNow();
        }
        assertThat(stub.puts("late")).isEqualTo(1);
        assertThat(stub.puts("t24")).isEqualTo(1);
    }
}
