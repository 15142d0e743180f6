package io.dynantic.internal.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Keys in logs are hashed: equal keys hash alike, different keys differently, values never shown. */
class KeyHashTest {
    @Test
    void differentKeysHashDifferently() {
        Map<String, AttributeValue> ada = Map.of("id", AttributeValue.fromS("ada"), "n", AttributeValue.fromN("1"));
        Map<String, AttributeValue> grace = Map.of("id", AttributeValue.fromS("grace"), "n", AttributeValue.fromN("1"));
        assertThat(KeyHash.of(ada))
                .isEqualTo(KeyHash.of(Map.of("n", AttributeValue.fromN("1"), "id", AttributeValue.fromS("ada"))))
                .isNotEqualTo(KeyHash.of(grace))
                .hasSize(12)
                .doesNotContain("ada");
    }
}
