package io.dynantic.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.annotation.DiscriminatorValue;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.Ttl;
import io.dynantic.convert.InstantFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a polymorphic table takes from its subtypes as a whole. */
class TableModelTest {
    private final ModelInspector inspector = new ModelInspector(Map.of(), List.of(), InstantFormat.ISO);

    @DynamoTable(value = "app", discriminator = "kind")
    sealed interface Poly permits Plain, Expiring {}

    @DiscriminatorValue("A")
    record Plain(@PartitionKey String pk) implements Poly {}

    @DiscriminatorValue("B")
    record Expiring(@PartitionKey String pk, @Ttl Instant expiresAt) implements Poly {}

    @Test
    void ttlOfAnySubtypeIsTheTables() {
        for (Class<?> view : List.of(Poly.class, Plain.class, Expiring.class)) {
            assertThat(inspector.table(view).ttl())
                    .extracting(PropertyModel::attributeName)
                    .isEqualTo("expiresAt");
        }
    }
}
