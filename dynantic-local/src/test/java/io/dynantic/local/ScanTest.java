package io.dynantic.local;

import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.DeleteItemRequest;
import io.dynantic.local.api.PutItemRequest;
import io.dynantic.local.api.ScalarAttributeType;
import io.dynantic.local.api.ScanRequest;
import io.dynantic.local.api.ScanResponse;
import io.dynantic.local.api.Select;
import io.dynantic.local.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScanTest {
    private static final String TABLE = "things";
    private final Engine engine = Engine.create();
    private final List<Map<String, Value>> stored = new ArrayList<>();

    @BeforeEach
    void createTable() {
        engine.createTable(CreateTableRequest.of(TABLE, "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N));
        for (int p = 0; p < 20; p++) {
            for (int i = 0; i < 3; i++) {
                var item = item("pk", s("p" + p), "sk", n(String.valueOf(i)), "even", new Value.Bool(p % 2 == 0));
                engine.putItem(PutItemRequest.of(TABLE, item));
                stored.add(item);
            }
        }
    }

    private List<Map<String, Value>> readAll(ScanRequest request) {
        List<Map<String, Value>> all = new ArrayList<>();
        Map<String, Value> start = request.exclusiveStartKey();
        do {
            ScanResponse page =
                    engine.scan(request.toBuilder().exclusiveStartKey(start).build());
            all.addAll(page.items());
            start = page.lastEvaluatedKey();
        } while (start != null);
        return all;
    }

    @Test
    void scanReturnsEveryItemWithCounts() {
        var response = engine.scan(ScanRequest.of(TABLE));
        assertThat(response.items()).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(response.count()).isEqualTo(60);
        assertThat(response.scannedCount()).isEqualTo(60);
        assertThat(response.lastEvaluatedKey()).isNull();
    }

    @Test
    void pagingWithLimitAndFilterReturnsEveryMatchingItemOnce() {
        var request = ScanRequest.builder(TABLE)
                .filterExpression("even = :t")
                .expressionAttributeValues(Map.of(":t", new Value.Bool(true)))
                .limit(7)
                .build();
        var first = engine.scan(request);
        assertThat(first.scannedCount()).isEqualTo(7);
        assertThat(first.lastEvaluatedKey()).isNotNull();
        var all = readAll(request);
        assertThat(all)
                .containsExactlyInAnyOrderElementsOf(stored.stream()
                        .filter(i -> i.get("even").equals(new Value.Bool(true)))
                        .toList());
    }

    @Test
    void projectionAndCount() {
        var projected = engine.scan(
                ScanRequest.builder(TABLE).projectionExpression("sk").build());
        assertThat(projected.items())
                .hasSize(60)
                .allSatisfy(i -> assertThat(i.keySet()).containsExactly("sk"));
        var counted =
                engine.scan(ScanRequest.builder(TABLE).select(Select.COUNT).build());
        assertThat(counted.items()).as("a COUNT answer has no Items").isNull();
        assertThat(counted.count()).isEqualTo(60);
    }

    @Test
    void parallelScanCoversEveryItemExactlyOnce() {
        for (int total : List.of(1, 2, 3, 7, 100)) {
            List<Map<String, Value>> all = new ArrayList<>();
            for (int segment = 0; segment < total; segment++) {
                all.addAll(readAll(ScanRequest.builder(TABLE)
                        .segment(segment)
                        .totalSegments(total)
                        .limit(4)
                        .build()));
            }
            assertThat(all).as("TotalSegments %d", total).containsExactlyInAnyOrderElementsOf(stored);
        }
    }

    @Test
    void anExclusiveStartKeyOfADeletedItemContinuesAfterIt() {
        var first = engine.scan(ScanRequest.builder(TABLE).limit(10).build());
        engine.deleteItem(DeleteItemRequest.of(TABLE, first.lastEvaluatedKey()));
        var rest = readAll(ScanRequest.builder(TABLE)
                .exclusiveStartKey(first.lastEvaluatedKey())
                .build());
        List<Map<String, Value>> all = new ArrayList<>(first.items());
        all.remove(all.size() - 1);
        all.addAll(rest);
        assertThat(all).hasSize(59).doesNotHaveDuplicates();
    }

    @Test
    void segmentViolationsHaveDynamoDbsMessages() {
        assertThatThrownBy(
                        () -> engine.scan(ScanRequest.builder(TABLE).segment(1).build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The TotalSegments parameter is required but was not present in the request when"
                        + " Segment parameter is present");
        assertThatThrownBy(() ->
                        engine.scan(ScanRequest.builder(TABLE).totalSegments(4).build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The Segment parameter is required but was not present in the request when parameter"
                        + " TotalSegments is present");
        assertThatThrownBy(() -> engine.scan(
                        ScanRequest.builder(TABLE).segment(4).totalSegments(4).build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The Segment parameter is zero-based and must be less than parameter TotalSegments:"
                        + " Segment: 4 is not less than TotalSegments: 4");
        assertThatThrownBy(() -> engine.scan(
                        ScanRequest.builder(TABLE).segment(-1).totalSegments(4).build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value '-1' at 'segment' failed to satisfy constraint:"
                        + " Member must have value greater than or equal to 0");
        assertThatThrownBy(() -> engine.scan(ScanRequest.builder(TABLE)
                        .segment(0)
                        .totalSegments(1_000_001)
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value '1000001' at 'totalSegments' failed to satisfy"
                        + " constraint: Member must have value less than or equal to 1000000");
        assertThatThrownBy(
                        () -> engine.scan(ScanRequest.builder(TABLE).limit(-2).build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value '-2' at 'limit' failed to satisfy constraint: Member"
                        + " must have value greater than or equal to 1");
        assertThatThrownBy(() -> engine.scan(ScanRequest.builder(TABLE)
                        .select(Select.SPECIFIC_ATTRIBUTES)
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Must specify the AttributesToGet or ProjectionExpression when choosing to get"
                        + " SPECIFIC_ATTRIBUTES");
    }

    @Test
    void pagesStopAtOneMegabyteOfItemsReadFilteredOrNot() {
        String big = "y".repeat(200_000);
        for (int i = 0; i < 12; i++) {
            engine.putItem(PutItemRequest.of(TABLE, item("pk", s("big" + i), "sk", n("0"), "data", s(big))));
        }
        var request = ScanRequest.builder(TABLE)
                .filterExpression("attribute_not_exists(#d)")
                .expressionAttributeNames(Map.of("#d", "data"))
                .build();
        var first = engine.scan(request);
        assertThat(first.lastEvaluatedKey()).isNotNull();
        assertThat(first.scannedCount()).isLessThan(72);
        var all = readAll(request);
        assertThat(all).containsExactlyInAnyOrderElementsOf(stored);
    }
}
