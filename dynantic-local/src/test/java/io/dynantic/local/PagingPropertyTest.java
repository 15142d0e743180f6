package io.dynantic.local;

import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.local.api.AttributeDefinition;
import io.dynantic.local.api.BillingMode;
import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.KeySchemaElement;
import io.dynantic.local.api.KeyType;
import io.dynantic.local.api.Projection;
import io.dynantic.local.api.ProjectionType;
import io.dynantic.local.api.PutItemRequest;
import io.dynantic.local.api.QueryRequest;
import io.dynantic.local.api.QueryResponse;
import io.dynantic.local.api.ScalarAttributeType;
import io.dynantic.local.api.ScanRequest;
import io.dynantic.local.api.ScanResponse;
import io.dynantic.local.api.SecondaryIndex;
import io.dynantic.local.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Paging through any Limit returns the same items, in the same order, as one unlimited read. */
class PagingPropertyTest {

    private static Engine engineWith(List<Integer> partitions, List<Integer> sorts) {
        Engine engine = Engine.create();
        engine.createTable(CreateTableRequest.of("things", "p", ScalarAttributeType.S, "s", ScalarAttributeType.N));
        for (int i = 0; i < Math.min(partitions.size(), sorts.size()); i++) {
            engine.putItem(PutItemRequest.of(
                    "things",
                    item(
                            "p",
                            s("p" + partitions.get(i)),
                            "s",
                            n(String.valueOf(sorts.get(i))),
                            "v",
                            n("" + i),
                            "w",
                            n("" + i % 3))));
        }
        return engine;
    }

    @Property(tries = 200)
    void queryPagesEqualOneRead(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 2) Integer> partitions,
            @ForAll @Size(max = 40) List<@IntRange(min = -20, max = 20) Integer> sorts,
            @ForAll @IntRange(min = 1, max = 12) int limit,
            @ForAll boolean forward,
            @ForAll boolean filtered) {
        Engine engine = engineWith(partitions, sorts);
        QueryRequest request =
                QueryRequest.of("things", "p = :p AND s >= :lo", item(":p", s("p1"), ":lo", n("-10"), ":z", n("0")))
                        .toBuilder()
                        .scanIndexForward(forward)
                        .filterExpression(filtered ? "w <> :z" : "v >= :z")
                        .build();
        List<Map<String, Value>> all = engine.query(request).items();
        List<Map<String, Value>> paged = new ArrayList<>();
        Map<String, Value> start = null;
        do {
            QueryResponse page = engine.query(
                    request.toBuilder().limit(limit).exclusiveStartKey(start).build());
            assertThat(page.scannedCount()).isLessThanOrEqualTo(limit);
            paged.addAll(page.items());
            start = page.lastEvaluatedKey();
        } while (start != null);
        assertThat(paged).isEqualTo(all);
    }

    @Property(tries = 200)
    void scanPagesEqualOneRead(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 9) Integer> partitions,
            @ForAll @Size(max = 40) List<@IntRange(min = -20, max = 20) Integer> sorts,
            @ForAll @IntRange(min = 1, max = 12) int limit) {
        Engine engine = engineWith(partitions, sorts);
        List<Map<String, Value>> all = engine.scan(ScanRequest.of("things")).items();
        List<Map<String, Value>> paged = new ArrayList<>();
        Map<String, Value> start = null;
        do {
            ScanResponse page = engine.scan(ScanRequest.builder("things")
                    .limit(limit)
                    .exclusiveStartKey(start)
                    .build());
            paged.addAll(page.items());
            start = page.lastEvaluatedKey();
        } while (start != null);
        assertThat(paged).isEqualTo(all);
    }

    private static Engine engineWithIndex(List<Integer> partitions, List<Integer> sorts) {
        Engine engine = Engine.create();
        engine.createTable(CreateTableRequest.builder("things")
                .keySchema(List.of(new KeySchemaElement("p", KeyType.HASH), new KeySchemaElement("s", KeyType.RANGE)))
                .attributeDefinitions(List.of(
                        new AttributeDefinition("p", ScalarAttributeType.S),
                        new AttributeDefinition("s", ScalarAttributeType.N),
                        new AttributeDefinition("g", ScalarAttributeType.N)))
                .globalSecondaryIndexes(List.of(new SecondaryIndex(
                        "byG",
                        List.of(new KeySchemaElement("g", KeyType.HASH)),
                        new Projection(ProjectionType.KEYS_ONLY, null))))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build());
        for (int i = 0; i < Math.min(partitions.size(), sorts.size()); i++) {
            Map<String, Value> item = item("p", s("p" + partitions.get(i)), "s", n(String.valueOf(sorts.get(i))));
            if (i % 4 != 3) {
                item.put("g", n(String.valueOf(i % 2)));
            }
            engine.putItem(PutItemRequest.of("things", item));
        }
        return engine;
    }

    @Property(tries = 200)
    void indexPagesEqualOneReadAndSegmentsPartitionTheIndex(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 5) Integer> partitions,
            @ForAll @Size(max = 40) List<@IntRange(min = -20, max = 20) Integer> sorts,
            @ForAll @IntRange(min = 1, max = 12) int limit,
            @ForAll @IntRange(min = 1, max = 5) int totalSegments,
            @ForAll boolean forward) {
        Engine engine = engineWithIndex(partitions, sorts);
        QueryRequest query = QueryRequest.of("things", "g = :g", item(":g", n("1"))).toBuilder()
                .indexName("byG")
                .scanIndexForward(forward)
                .build();
        List<Map<String, Value>> all = engine.query(query).items();
        List<Map<String, Value>> paged = new ArrayList<>();
        Map<String, Value> start = null;
        do {
            QueryResponse page = engine.query(
                    query.toBuilder().limit(limit).exclusiveStartKey(start).build());
            paged.addAll(page.items());
            start = page.lastEvaluatedKey();
        } while (start != null);
        assertThat(paged).isEqualTo(all);

        List<Map<String, Value>> scanned = engine.scan(
                        ScanRequest.builder("things").indexName("byG").build())
                .items();
        List<Map<String, Value>> segments = new ArrayList<>();
        for (int segment = 0; segment < totalSegments; segment++) {
            start = null;
            do {
                ScanResponse page = engine.scan(ScanRequest.builder("things")
                        .indexName("byG")
                        .segment(segment)
                        .totalSegments(totalSegments)
                        .limit(limit)
                        .exclusiveStartKey(start)
                        .build());
                segments.addAll(page.items());
                start = page.lastEvaluatedKey();
            } while (start != null);
        }
        assertThat(segments).containsExactlyInAnyOrderElementsOf(scanned).doesNotHaveDuplicates();
        assertThat(scanned).allSatisfy(i -> assertThat(i).containsKey("g"));
    }
}
