package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.Dynantic;
import io.dynantic.Table;
import io.dynantic.it.model.Event;
import io.dynantic.testing.DynamoTest;
import io.dynantic.testing.LocalDynamoDb;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Streams and publishers read a page only when it is needed: proven by counting the requests sent. */
@DynamoTest(models = Event.class)
class LazyReadTest {
    private final AtomicInteger requests = new AtomicInteger();
    private final ExecutionInterceptor counter = new ExecutionInterceptor() {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            requests.incrementAndGet();
        }
    };
    private String stream;
    private String tableName;

    @BeforeEach
    void setUp(Dynantic dyn) {
        Table<Event> events = dyn.table(Event.class);
        tableName = events.tableName();
        stream = "s-" + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            events.save(new Event(stream, Instant.EPOCH.plusSeconds(i), "k", i, "L" + i, i));
        }
    }

    private Dynantic.Builder counting() {
        return Dynantic.builder().tableNameResolver((model, table) -> tableName);
    }

    @Test
    void streamReadsAPageOnlyWhenItNeedsOne(LocalDynamoDb db) {
        try (DynamoDbClient client = InterceptedClients.sync(db, counter)) {
            Table<Event> events = counting().client(client).build().table(Event.class);
            Stream<Event> lazy = events.query(stream).pageSize(2).stream();
            assertThat(requests).hasValue(0);
            assertThat(lazy.limit(3).map(Event::seq).toList()).containsExactly(0L, 1L, 2L);
            assertThat(requests).hasValue(2);

            requests.set(0);
            assertThat(events.query(stream).pageSize(5).limit(7).list()).hasSize(7);
            assertThat(requests).hasValue(2);
        }
    }

    @Test
    void publisherRequestsAPageOnlyOnDemand(LocalDynamoDb db) throws Exception {
        try (DynamoDbAsyncClient client = InterceptedClients.async(db, counter)) {
            Flow.Publisher<Event> publisher = counting()
                    .asyncClient(client)
                    .build()
                    .asyncTable(Event.class)
                    .query(stream)
                    .pageSize(2)
                    .publisher();
            List<Long> seen = new CopyOnWriteArrayList<>();
            CompletableFuture<Flow.Subscription> subscribed = new CompletableFuture<>();
            CompletableFuture<Void> done = new CompletableFuture<>();
            publisher.subscribe(new Flow.Subscriber<Event>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscribed.complete(subscription);
                }

                @Override
                public void onNext(Event item) {
                    seen.add(item.seq());
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }

                @Override
                public void onComplete() {
                    done.complete(null);
                }
            });
            Flow.Subscription subscription = subscribed.get(10, TimeUnit.SECONDS);
            assertThat(requests).hasValue(0);

            subscription.request(3);
            awaitSize(seen, 3);
            assertThat(seen).containsExactly(0L, 1L, 2L);
            assertThat(requests).hasValue(2);

            subscription.request(Long.MAX_VALUE);
            done.get(10, TimeUnit.SECONDS);
            assertThat(seen).hasSize(10);
            assertThat(requests.get()).isBetween(5, 6);
        }
    }

    private static void awaitSize(List<Long> seen, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (seen.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(100); // nothing more may arrive without demand
    }
}
