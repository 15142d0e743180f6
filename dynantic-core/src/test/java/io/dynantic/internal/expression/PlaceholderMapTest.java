package io.dynantic.internal.expression;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.expression.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The maps of {@link Placeholders}, which read the placeholder's index instead of hashing: they must answer as
 * the equal {@code HashMap} would, to every reader.
 */
class PlaceholderMapTest {
    private static Placeholders three() {
        Placeholders placeholders = new Placeholders();
        placeholders.path(Path.of("name"));
        placeholders.path(Path.of("status"));
        placeholders.value(AttributeValue.createS("Ada"));
        placeholders.value(AttributeValue.createN("1"));
        placeholders.value(AttributeValue.createBool(true));
        return placeholders;
    }

    @Test
    void equalsTheHashMapOfThePlaceholders() {
        Map<String, AttributeValue> values = three().values();
        Map<String, AttributeValue> expected = new HashMap<>();
        expected.put(":v0", AttributeValue.createS("Ada"));
        expected.put(":v1", AttributeValue.createN("1"));
        expected.put(":v2", AttributeValue.createBool(true));

        assertThat(values).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(expected).isEqualTo(values);
        assertThat(values.get(":v1")).isEqualTo(AttributeValue.createN("1"));
        assertThat(three().names()).isEqualTo(Map.of("#n0", "name", "#n1", "status"));
        assertThat(values.toString()).isEqualTo(new LinkedHashMap<>(values).toString());
    }

    @Test
    void forEachGivesThePlaceholdersInOrder() {
        Map<String, Object> seen = new LinkedHashMap<>();
        three().values().forEach(seen::put);

        assertThat(seen)
                .containsExactly(
                        Map.entry(":v0", AttributeValue.createS("Ada")),
                        Map.entry(":v1", AttributeValue.createN("1")),
                        Map.entry(":v2", AttributeValue.createBool(true)));
    }

    @Test
    void findsNothingThatIsNotOneOfItsPlaceholders() {
        Map<String, AttributeValue> values = three().values();

        for (Object key : new Object[] {":v3", ":v01", ":v", "#n0", "v0", ":v0 ", ":vx", ":v99999999999", 0, null}) {
            assertThat(values.containsKey(key)).as("%s", key).isFalse();
            assertThat(values.get(key)).as("%s", key).isNull();
        }
    }

    @Test
    void keepsTheEntriesItWasMadeWith() {
        Placeholders placeholders = three();
        Map<String, AttributeValue> before = placeholders.values();
        Map<String, String> names = placeholders.names();
        placeholders.value(AttributeValue.createS("later"));
        placeholders.path(Path.of("later"));

        assertThat(before).hasSize(3).doesNotContainKey(":v3");
        assertThat(names).hasSize(2).doesNotContainKey("#n2");
        assertThat(placeholders.values()).hasSize(4).containsEntry(":v3", AttributeValue.createS("later"));
    }
}
