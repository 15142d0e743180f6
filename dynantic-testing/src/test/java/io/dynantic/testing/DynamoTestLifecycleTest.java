package io.dynantic.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.Dynantic;
import io.dynantic.ModelDefinitionException;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code @DynamoTest} with nested classes and a per-class lifecycle. */
class DynamoTestLifecycleTest {
    @DynamoTable("entries")
    record Entry(@PartitionKey String id, String text) {}

    @DynamoTable("others")
    record Other(@PartitionKey String id) {}

    @DynamoTest(models = Entry.class)
    @Nested
    class Enclosing {
        private String outerTable;

        @Test
        void hasItsTables(Dynantic dyn, DynamoDbClient raw) {
            outerTable = dyn.table(Entry.class).tableName();
            assertThat(raw.listTables().tableNames()).contains(outerTable);
        }

        @Nested
        class Inner {
            @Test
            void usesTheEnclosingClassTables(Dynantic dyn, DynamoDbClient raw) {
                String name = dyn.table(Entry.class).tableName();
                assertThat(raw.listTables().tableNames()).contains(name);
                dyn.table(Entry.class).save(new Entry("e1", "from a nested class"));
                assertThat(dyn.table(Entry.class).get("e1")).isPresent();
            }
        }

        @Nested
        @DynamoTest(models = Other.class)
        class WithItsOwnModels {
            @Test
            void getsItsOwnSetUp(Dynantic dyn, DynamoDbClient raw) {
                assertThat(raw.listTables().tableNames())
                        .contains(dyn.table(Other.class).tableName());
            }
        }
    }

    /** Not run by itself (a static class): its set-up fails at its second model. */
    @DynamoTest(models = {Entry.class, String.class})
    static class FailingSetUp {
        @Test
        void neverRuns() {}
    }

    @Test
    void aSetUpThatFailsDeletesTheTablesItMade() {
        DynamoDbClient raw = LocalDynamoDb.shared().client();
        long before = entryTables(raw);
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(DiscoverySelectors.selectClass(FailingSetUp.class))
                                .build(),
                        listener);
        assertThat(listener.getSummary().getFailures())
                .singleElement()
                .satisfies(f -> assertThat(f.getException()).isInstanceOf(ModelDefinitionException.class));
        assertThat(entryTables(raw)).isEqualTo(before);
    }

    private static long entryTables(DynamoDbClient raw) {
        return raw.listTablesPaginator().tableNames().stream()
                .filter(name -> name.endsWith("_entries"))
                .count();
    }

    @DynamoTest(models = Entry.class)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class PerClass {
        private final Dynantic dyn;

        PerClass(Dynantic dyn) {
            this.dyn = dyn;
        }

        @Test
        void theConstructorReceivesTheSetUp(DynamoDbClient raw) {
            assertThat(raw.listTables().tableNames())
                    .contains(dyn.table(Entry.class).tableName());
        }
    }
}
