package io.dynantic.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.Dynantic;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoTest(models = DynamoTestExtensionTest.Note.class)
class DynamoTestExtensionTest {
    @DynamoTable("notes")
    record Note(@PartitionKey String id, String text) {}

    @Test
    void createsTheModelsTablesUnderAPrefixUniqueToTheClass(Dynantic dyn, DynamoDbClient raw) {
        String name = dyn.table(Note.class).tableName();
        assertThat(name).matches("t[0-9a-f]{10}_notes");
        assertThat(raw.listTables().tableNames()).contains(name);
        dyn.table(Note.class).save(new Note("n1", "hello"));
        assertThat(dyn.table(Note.class).get("n1")).contains(new Note("n1", "hello"));
    }

    @Test
    void injectsTheServer(LocalDynamoDb db) {
        assertThat(db).isSameAs(LocalDynamoDb.shared());
    }
}
