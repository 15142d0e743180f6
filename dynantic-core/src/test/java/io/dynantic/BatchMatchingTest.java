package io.dynantic;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.SortKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * How batches match what DynamoDB returns to what they asked for. DynamoDB returns numbers normalised
 * ({@code 3} for a key sent as {@code 3.0}), which moto does not, so these run against client stubs.
 */
class BatchMatchingTest {
    @DynamoTable("scores")
    record Score(@PartitionKey String board, @SortKey double points) {}

    private static AttributeValue normalised(AttributeValue v) {
        return v.n() == null
                ? v
                : AttributeValue.fromN(
                        new java.math.BigDecimal(v.n()).stripTrailingZeros().toPlainString());
    }

    private static Map<String, AttributeValue> normalised(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> out = new java.util.HashMap<>();
        item.forEach((k, v) -> out.put(k, normalised(v)));
        return out;
    }

    /** Answers gets with every key found, normalised; leaves each write unprocessed once, normalised. */
    static final class Normalising implements DynamoDbClient {
        final AtomicInteger writes = new AtomicInteger();
        final List<Map<String, AttributeValue>> stored = new ArrayList<>();

        @Override
        public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
            Map<String, List<Map<String, AttributeValue>>> found = new java.util.HashMap<>();
            request.requestItems()
                    .forEach((table, keys) -> found.put(
                            table,
                            keys.keys().stream()
                                    .map(BatchMatchingTest::normalised)
                                    .toList()));
            return BatchGetItemResponse.builder().responses(found).build();
        }

        @Override
        public synchronized BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
            if (writes.getAndIncrement() == 0) {
                Map<String, List<WriteRequest>> left = new java.util.HashMap<>();
                request.requestItems()
                        .forEach((table, all) -> left.put(
                                table,
                                all.stream()
                                        .map(w -> WriteRequest.builder()
                                                .putRequest(PutRequest.builder()
                                                        .item(normalised(
                                                                w.putRequest().item()))
                                                        .build())
                                                .build())
                                        .toList()));
                return BatchWriteItemResponse.builder().unprocessedItems(left).build();
            }
            request.requestItems()
                    .values()
                    .forEach(all -> all.forEach(w -> stored.add(w.putRequest().item())));
            return BatchWriteItemResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {}
    }

    enum Status {
        ACTIVE
    }

    @DynamoTable("app")
    record AppUser(@PartitionKey String pk, Status status) {}

    @DynamoTable("app")
    record AppOrder(@PartitionKey String pk, String status) {}

    @Test
    void modelsSharingATableEachReadTheirOwnItems() {
        Map<String, Map<String, AttributeValue>> table = Map.of(
                "u#1", Map.of("pk", AttributeValue.fromS("u#1"), "status", AttributeValue.fromS("ACTIVE")),
                "o#1", Map.of("pk", AttributeValue.fromS("o#1"), "status", AttributeValue.fromS("SHIPPED")));
        DynamoDbClient client = new DynamoDbClient() {
            @Override
            public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
                List<Map<String, AttributeValue>> found = new ArrayList<>();
                request.requestItems()
                        .get("app")
                        .keys()
                        .forEach(k -> found.add(table.get(k.get("pk").s())));
                return BatchGetItemResponse.builder()
                        .responses(Map.of("app", found))
                        .build();
            }

            @Override
            public String serviceName() {
                return "dynamodb";
            }

            @Override
            public void close() {}
        };
        BatchGetResult r = Dynantic.create(client)
                .batchGet(
                        BatchGet.of(AppUser.class, List.of(Key.of("u#1"))),
                        BatchGet.of(AppOrder.class, List.of(Key.of("o#1"))));
        assertThat(r.items(AppUser.class)).containsExactly(new AppUser("u#1", Status.ACTIVE));
        assertThat(r.items(AppOrder.class)).containsExactly(new AppOrder("o#1", "SHIPPED"));
    }

    @Test
    void itemsComeBackUnderTheirKeysWhateverFormDynamoDbGivesTheirNumbers() {
        Normalising client = new Normalising();
        Table<Score> scores = Dynantic.builder()
                .client(client)
                .batchBackoff(java.time.Duration.ZERO, java.time.Duration.ZERO)
                .build()
                .table(Score.class);
        List<Key> keys = List.of(Key.of("b", 3.0), Key.of("b", 2.5), Key.of("b", 150.0));
        assertThat(scores.batchGet(keys))
                .containsExactly(new Score("b", 3.0), new Score("b", 2.5), new Score("b", 150.0));

        scores.batchSave(List.of(new Score("b", 1.0), new Score("b", 1e20)));
        assertThat(client.writes).hasValue(2);
        assertThat(client.stored).hasSize(2);
    }
}
