package io.dynantic.local;

import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.DeleteItemRequest;
import io.dynantic.local.api.DescribeTableRequest;
import io.dynantic.local.api.GetItemRequest;
import io.dynantic.local.api.PutItemRequest;
import io.dynantic.local.api.ScalarAttributeType;
import io.dynantic.local.api.TableDescription;
import io.dynantic.local.value.ItemSize;
import io.dynantic.local.value.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random puts and deletes agree with a plain map, including the table's item count and size. */
class StoragePropertyTest {

    @Property(tries = 200)
    void putsAndDeletesMatchAMap(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 3) Integer> partitions,
            @ForAll @Size(max = 60) List<@IntRange(min = -5, max = 5) Integer> sorts,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 9) Integer> kinds) {
        Engine engine = Engine.create();
        engine.createTable(CreateTableRequest.of("things", "p", ScalarAttributeType.S, "s", ScalarAttributeType.N));
        Map<List<Object>, Map<String, Value>> model = new HashMap<>();
        int steps = Math.min(partitions.size(), Math.min(sorts.size(), kinds.size()));
        for (int i = 0; i < steps; i++) {
            Map<String, Value> key = item("p", s("p" + partitions.get(i)), "s", n(String.valueOf(sorts.get(i))));
            List<Object> modelKey = List.of(partitions.get(i), sorts.get(i));
            if (kinds.get(i) < 7) {
                Map<String, Value> item = new HashMap<>(key);
                item.put("v", s("x".repeat(kinds.get(i))));
                engine.putItem(PutItemRequest.of("things", item));
                model.put(modelKey, item);
            } else {
                engine.deleteItem(DeleteItemRequest.of("things", key));
                model.remove(modelKey);
            }
        }
        for (int p = 0; p <= 3; p++) {
            for (int sort = -5; sort <= 5; sort++) {
                Map<String, Value> key = item("p", s("p" + p), "s", n(String.valueOf(sort)));
                assertThat(engine.getItem(GetItemRequest.of("things", key)).item())
                        .isEqualTo(model.get(List.of(p, sort)));
            }
        }
        TableDescription table =
                engine.describeTable(new DescribeTableRequest("things")).table();
        assertThat(table.itemCount()).isEqualTo(model.size());
        assertThat(table.tableSizeBytes())
                .isEqualTo(model.values().stream().mapToLong(ItemSize::of).sum());
    }
}
