package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.AsyncTableBatchWriter;
import io.dynantic.BatchGetException;
import io.dynantic.BatchWriteException;
import io.dynantic.DynamoValidationException;
import io.dynantic.Dynantic;
import io.dynantic.Key;
import io.dynantic.ThroughputExceededException;
import io.dynantic.it.model.Thing;
import io.dynantic.it.stub.StubDynamoDb;
import io.dynantic.it.stub.StubDynamoDb.Answer;
import io.dynantic.it.twin.Items;
import io.dynantic.it.twin.Mode;
import io.dynantic.it.twin.TableWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Batch faults that no server here produces, against a stubbed HTTP client (StubDynamoDb) behind the
 * real SDK client: unprocessed items and keys on every request, throttling, server errors, and
 * retries that run out. Each item must be written exactly once, and exactly the undone ones reported.
 */
@ParameterizedClass
@EnumSource(Mode.class)
class BatchFaultTest {
    private static final int ATTEMPTS = 6;

    @Parameter
    Mode mode;

    private Items<Thing> things(StubDynamoDb stub) {
        Dynantic dyn = Dynantic.builder()
                .client(stub.client())
                .asyncClient(stub.asyncClient())
                .batchAttempts(ATTEMPTS)
                .batchBackoff(Duration.ofMillis(1), Duration.ofMillis(4))
                .batchConcurrency(4)
                .build();
        return mode.items(dyn, Thing.class);
    }

    private static List<Thing> things(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new Thing("t" + i, "thing " + i))
                .toList();
    }

    private static List<Key> keys(int n) {
        return IntStream.range(0, n).mapToObj(i -> Key.of("t" + i)).toList();
    }

    private static StubDynamoDb stub(StubDynamoDb.Script script) {
        return new StubDynamoDb(script, id -> false);
    }

    @Test
    void unprocessedItemsOnEveryRequestAreWrittenExactlyOnce() {
        StubDynamoDb stub = stub(request -> Answer.HALF);
        things(stub).batchSave(things(100));
        for (int i = 0; i < 100; i++) {
            assertThat(stub.puts("t" + i)).as("puts of t" + i).isEqualTo(1);
        }
        // 4 chunks of 25, each done 13, 6, 3, 2, 1 at a time: 5 requests per chunk.
        assertThat(stub.requests()).isEqualTo(20);
    }

    @Test
    void unprocessedKeysOnEveryRequestAreAllRead() {
        StubDynamoDb stub = stub(request -> Answer.HALF);
        things(60).forEach(t -> stub.store(t.id(), t.name()));
        List<Thing> found = things(stub).batchGet(keys(60));
        assertThat(found).isEqualTo(things(60));
        // One chunk, done 30, 15, 8, 4, 2 and 1 at a time.
        assertThat(stub.requests()).isEqualTo(6);
    }

    @Test
    void aGetThatReadPartOfTheChunkUsesUpNoAttempt() {
        // As when DynamoDB stops a BatchGetItem response at 16 MB: every request reads some of the keys.
        StubDynamoDb stub = stub(request -> Answer.HALF);
        things(100).forEach(t -> stub.store(t.id(), t.name()));
        Dynantic dyn = Dynantic.builder()
                .client(stub.client())
                .asyncClient(stub.asyncClient())
                .batchAttempts(1)
                .batchBackoff(Duration.ofSeconds(30), Duration.ofSeconds(30))
                .build();
        Items<Thing> oneAttempt = mode.items(dyn, Thing.class);
        long start = System.nanoTime();
        assertThat(oneAttempt.batchGet(keys(100))).isEqualTo(things(100));
        // No backoff waited: a request that made progress is followed at once.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        // 100 keys read 50, 25, 13, 6, 3, 2, 1 at a time.
        assertThat(stub.requests()).isEqualTo(7);
        // Writes left unprocessed mean throttling: each request is an attempt, which the one allowed uses up.
        assertThatThrownBy(() -> oneAttempt.batchSave(things(25)))
                .isInstanceOfSatisfying(
                        BatchWriteException.class,
                        e -> assertThat(e.unsavedItems()).hasSize(12));
    }

    @Test
    void throttledAndFailedRequestsAreSentAgain() {
        StubDynamoDb stub = stub(request -> switch (request) {
            case 1, 3 -> Answer.THROTTLE;
            case 2, 5 -> Answer.SERVER_ERROR;
            default -> Answer.ALL;
        });
        things(stub).batchSave(things(60));
        for (int i = 0; i < 60; i++) {
            assertThat(stub.puts("t" + i)).as("puts of t" + i).isEqualTo(1);
        }
        assertThat(stub.requests()).isEqualTo(7);
    }

    @Test
    void aRequestThatTimesOutIsSentAgain() {
        StubDynamoDb stub = stub(request -> request == 1 ? Answer.SLOW : Answer.ALL);
        Dynantic dyn = Dynantic.builder()
                .client(stub.client(Duration.ofMillis(200)))
                .asyncClient(stub.asyncClient(Duration.ofMillis(200)))
                .batchBackoff(Duration.ofMillis(1), Duration.ofMillis(4))
                .build();
        mode.items(dyn, Thing.class).batchSave(things(3));
        for (int i = 0; i < 3; i++) {
            assertThat(stub.puts("t" + i)).as("puts of t" + i).isEqualTo(1);
        }
        assertThat(stub.requests()).isEqualTo(2);
    }

    @Test
    void whenRetriesRunOutExactlyTheUndoneWritesAreReported() {
        Predicate<String> stuck = id -> id.endsWith("7");
        StubDynamoDb stub = new StubDynamoDb(request -> Answer.ALL, stuck);
        List<Thing> batch = things(60);
        assertThatThrownBy(() -> things(stub).batchSave(batch))
                .isInstanceOfSatisfying(BatchWriteException.class, e -> {
                    assertThat(e.unsavedItems())
                            .containsExactlyElementsOf(batch.stream()
                                    .filter(t -> stuck.test(t.id()))
                                    .toList());
                    assertThat(e.unsavedItems(Thing.class)).hasSize(6);
                    assertThat(e.undeletedKeys()).isEmpty();
                    assertThat(e.getCause()).isNull();
                })
                .hasMessage("batch write: 6 of 60 writes were not done (6 saves, 0 deletes): DynamoDB still left them"
                        + " unprocessed after 6 attempts; unsavedItems() and undeletedKeys() list them");
        for (Thing t : batch) {
            assertThat(stub.puts(t.id())).as("puts of " + t.id()).isEqualTo(stuck.test(t.id()) ? 0 : 1);
        }

        assertThatThrownBy(() -> things(stub).batchDelete(keys(30)))
                .isInstanceOfSatisfying(
                        BatchWriteException.class,
                        e -> assertThat(e.undeletedKeys(Thing.class))
                                .containsExactly(Key.of("t7"), Key.of("t17"), Key.of("t27")));
        assertThat(stub.deletes("t8")).isEqualTo(1);
        assertThat(stub.deletes("t7")).isZero();
    }

    @Test
    void whenRetriesRunOutExactlyTheUnreadKeysAreReported() {
        Predicate<String> stuck = id -> id.equals("t3") || id.equals("t150");
        StubDynamoDb stub = new StubDynamoDb(request -> Answer.ALL, stuck);
        things(200).forEach(t -> stub.store(t.id(), t.name()));
        assertThatThrownBy(() -> things(stub).batchGet(keys(200)))
                .isInstanceOfSatisfying(BatchGetException.class, e -> {
                    assertThat(e.unreadKeys(Thing.class)).containsExactly(Key.of("t3"), Key.of("t150"));
                    assertThat(e.partialResult().items(Thing.class))
                            .hasSize(198)
                            .doesNotContain(new Thing("t3", "thing 3"));
                })
                .hasMessage("batch get: 2 keys were not read: DynamoDB still left them unprocessed after 6 attempts;"
                        + " unreadKeys() lists them, partialResult() has the items read");
    }

    @Test
    void throttlingUntilTheEndIsTheCause() {
        StubDynamoDb stub = stub(request -> Answer.THROTTLE);
        assertThatThrownBy(() -> things(stub).batchSave(things(3)))
                .isInstanceOfSatisfying(BatchWriteException.class, e -> {
                    assertThat(e.unsavedItems()).isEqualTo(things(3));
                    assertThat(e.getCause()).isInstanceOf(ThroughputExceededException.class);
                })
                .hasMessageStartingWith("batch write: 3 of 3 writes were not done (3 saves, 0 deletes): their requests"
                        + " still failed after 6 attempts, last with: batch write on table things: throttled");
        assertThat(stub.requests()).isEqualTo(ATTEMPTS);
    }

    @Test
    void aRequestDynamoDbRefusesIsNotRetried() {
        StubDynamoDb stub = stub(request -> Answer.INVALID);
        assertThatThrownBy(() -> things(stub).batchSave(things(30)))
                .isInstanceOfSatisfying(BatchWriteException.class, e -> {
                    assertThat(e.unsavedItems()).isEqualTo(things(30));
                    assertThat(e.getCause()).isInstanceOf(DynamoValidationException.class);
                });
        assertThat(stub.requests()).isEqualTo(2);
    }

    @Test
    void eachFlushReportsTheWritesItSent() {
        StubDynamoDb stub = new StubDynamoDb(request -> Answer.ALL, id -> id.equals("t1"));
        Dynantic dyn = Dynantic.builder()
                .client(stub.client())
                .asyncClient(stub.asyncClient())
                .batchAttempts(1)
                .build();
        AsyncTableBatchWriter<Thing> writer = dyn.asyncTable(Thing.class).batchWriter();
        writer.save(new Thing("t1", "one"));
        CompletableFuture<Void> first = writer.flush();
        writer.save(new Thing("t2", "two"));
        CompletableFuture<Void> second = writer.flush();
        assertThatThrownBy(first::join)
                .hasCauseInstanceOf(BatchWriteException.class)
                .cause()
                .satisfies(e ->
                        assertThat(((BatchWriteException) e).unsavedItems()).containsExactly(new Thing("t1", "one")));
        second.join();
        assertThat(stub.puts("t2")).isEqualTo(1);
    }

    @Test
    void aWritersLeftoversComeOutOfClose() {
        StubDynamoDb stub = new StubDynamoDb(request -> Answer.ALL, id -> id.equals("t30"));
        TableWriter<Thing> writer = things(stub).batchWriter();
        things(40).forEach(writer::save);
        assertThatThrownBy(writer::close)
                .isInstanceOfSatisfying(
                        BatchWriteException.class,
                        e -> assertThat(e.unsavedItems()).containsExactly(new Thing("t30", "thing 30")));
        assertThat(stub.puts("t31")).isEqualTo(1);
        assertThatThrownBy(() -> writer.save(new Thing("t99", "late")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the batch writer is closed; open a new one");
    }
}
