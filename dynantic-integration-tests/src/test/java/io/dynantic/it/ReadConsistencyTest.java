package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.Dynantic;
import io.dynantic.Key;
import io.dynantic.Table;
import io.dynantic.it.model.Event;
import io.dynantic.testing.DynamoTest;
import io.dynantic.testing.LocalDynamoDb;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * Reads ask for strong consistency only when the caller does: eventual consistency is DynamoDB's default, so
 * nothing is sent for it. Proven on the requests the SDK sends to the real backend.
 */
@DynamoTest(models = Event.class)
class ReadConsistencyTest {
    private final List<SdkRequest> sent = new CopyOnWriteArrayList<>();
    private final ExecutionInterceptor recorder = new ExecutionInterceptor() {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            sent.add(context.request());
        }
    };
    private String tableName;
    private Event event;

    @BeforeEach
    void setUp(Dynantic dyn) {
        Table<Event> events = dyn.table(Event.class);
        tableName = events.tableName();
        event = new Event("s-" + UUID.randomUUID(), Instant.EPOCH, "k", 1, "L", 1);
        events.save(event);
    }

    private Table<Event> events(DynamoDbClient client) {
        return Dynantic.builder()
                .tableNameResolver((model, table) -> tableName)
                .client(client)
                .build()
                .table(Event.class);
    }

    @Test
    void getAsksForAStronglyConsistentReadOnlyWhenTold(LocalDynamoDb db) {
        try (DynamoDbClient client = InterceptedClients.sync(db, recorder)) {
            Table<Event> events = events(client);
            Key key = Key.of(event.stream(), event.at());
            assertThat(events.get(key)).contains(event);
            assertThat(events.getConsistent(key)).contains(event);

            assertThat(sent).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOf(GetItemRequest.class));
            assertThat(((GetItemRequest) sent.get(0)).consistentRead()).isNull();
            assertThat(((GetItemRequest) sent.get(1)).consistentRead()).isTrue();
        }
    }

    @Test
    void batchGetAsksForAStronglyConsistentReadOnlyWhenTold(LocalDynamoDb db) {
        try (DynamoDbClient client = InterceptedClients.sync(db, recorder)) {
            Table<Event> events = events(client);
            List<Key> keys = List.of(Key.of(event.stream(), event.at()));
            assertThat(events.batchGet(keys)).containsExactly(event);
            assertThat(events.batchGet(keys, true)).containsExactly(event);

            assertThat(sent).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOf(BatchGetItemRequest.class));
            assertThat(((BatchGetItemRequest) sent.get(0))
                            .requestItems()
                            .get(tableName)
                            .consistentRead())
                    .isNull();
            assertThat(((BatchGetItemRequest) sent.get(1))
                            .requestItems()
                            .get(tableName)
                            .consistentRead())
                    .isTrue();
        }
    }
}
