package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.Dynantic;
import io.dynantic.Table;
import io.dynantic.it.model.Lease;
import io.dynantic.testing.LocalDynamoDb;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** A polymorphic table gets the TTL attribute of whichever subtype declares it, through the base or any view. */
class PolymorphicTtlTest {
    private final DynamoDbClient raw = LocalDynamoDb.shared().client();
    private final Dynantic dyn = Dynantic.builder()
            .client(raw)
            .tableNamePrefix("ttl" + UUID.randomUUID().toString().substring(0, 8) + "_")
            .build();

    @ParameterizedTest
    @ValueSource(classes = {Lease.class, Lease.Holder.class, Lease.Grant.class})
    void createTableEnablesTheTtlOfAnySubtype(Class<? extends Lease> model) {
        Table<? extends Lease> table = dyn.table(model);
        table.createTable();
        try {
            TimeToLiveDescription ttl =
                    raw.describeTimeToLive(r -> r.tableName(table.tableName())).timeToLiveDescription();
            assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
            assertThat(ttl.attributeName()).isEqualTo("expiresAt");
        } finally {
            table.deleteTable();
        }
    }
}
