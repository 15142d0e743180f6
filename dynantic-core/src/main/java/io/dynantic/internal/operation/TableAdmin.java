package io.dynantic.internal.operation;

import io.dynantic.DynanticException;
import io.dynantic.ModelDefinitionException;
import io.dynantic.internal.schema.IndexModel;
import io.dynantic.internal.schema.PropertyModel;
import io.dynantic.internal.schema.TableModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * CreateTable, DeleteTable and the waits around them, written once as future chains on a {@link
 * Runner}: the sync table runs them to completion, the async table returns them. Waits poll
 * DescribeTable every 100 ms (the SDK's waiter sleeps 20 s between attempts), for at most five
 * minutes, without holding a thread between polls.
 */
public final class TableAdmin {
    private static final Logger LOG = LoggerFactory.getLogger("io.dynantic.admin");
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private TableAdmin() {}

    /** The CreateTable request for a model: on-demand billing, every index projecting all attributes. */
    static CreateTableRequest createRequest(TableModel<?> model, String tableName) {
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
        List<KeySchemaElement> keys = keySchema(model.partitionKey(), model.sortKey(), definitions);
        List<GlobalSecondaryIndex> globals = new ArrayList<>();
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        Projection all = Projection.builder().projectionType(ProjectionType.ALL).build();
        for (IndexModel index : model.indexes()) {
            List<KeySchemaElement> indexKeys = keySchema(index.partitionKey(), index.sortKey(), definitions);
            if (index.global()) {
                globals.add(GlobalSecondaryIndex.builder()
                        .indexName(index.name())
                        .keySchema(indexKeys)
                        .projection(all)
                        .build());
            } else {
                locals.add(LocalSecondaryIndex.builder()
                        .indexName(index.name())
                        .keySchema(indexKeys)
                        .projection(all)
                        .build());
            }
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(definitions.values())
                .keySchema(keys);
        if (!globals.isEmpty()) {
            request.globalSecondaryIndexes(globals);
        }
        if (!locals.isEmpty()) {
            request.localSecondaryIndexes(locals);
        }
        return request.build();
    }

    private static List<KeySchemaElement> keySchema(
            PropertyModel partition, @Nullable PropertyModel sort, Map<String, AttributeDefinition> definitions) {
        List<KeySchemaElement> out = new ArrayList<>(2);
        out.add(key(partition, KeyType.HASH, definitions));
        if (sort != null) {
            out.add(key(sort, KeyType.RANGE, definitions));
        }
        return out;
    }

    private static KeySchemaElement key(PropertyModel p, KeyType type, Map<String, AttributeDefinition> definitions) {
        definitions.putIfAbsent(
                p.attributeName(),
                AttributeDefinition.builder()
                        .attributeName(p.attributeName())
                        .attributeType(ScalarAttributeType.fromValue(
                                p.converter().type().name()))
                        .build());
        return KeySchemaElement.builder()
                .attributeName(p.attributeName())
                .keyType(type)
                .build();
    }

    /** Creates the table, waits until it and its indexes are active, then enables TTL if the model has it. */
    public static CompletableFuture<Void> create(Runner runner, TableModel<?> model, String tableName) {
        return create(new AdminCalls(runner), model, tableName);
    }

    /** Creates the table unless it exists; gives whether it created it. */
    public static CompletableFuture<Boolean> createIfNotExists(Runner runner, TableModel<?> model, String tableName) {
        return createIfNotExists(new AdminCalls(runner), model, tableName);
    }

    /** Deletes the table and waits until it is gone; a missing table is not an error. */
    public static CompletableFuture<Void> delete(Runner runner, String tableName) {
        return delete(new AdminCalls(runner), tableName);
    }

    private static CompletableFuture<Void> create(AdminCalls calls, TableModel<?> model, String tableName) {
        return Futures.then(calls.create(createRequest(model, tableName)), created -> {
            LOG.info("Created table {}", tableName);
            return Futures.then(awaitActive(calls, tableName), active -> enableTtl(calls, model, tableName));
        });
    }

    private static CompletableFuture<Boolean> createIfNotExists(
            AdminCalls calls, TableModel<?> model, String tableName) {
        return Futures.then(calls.describe(tableName), table -> {
            if (table != null) {
                checkKeys(model, tableName, table);
                return Futures.map(awaitActive(calls, tableName), active -> false);
            }
            CompletableFuture<Boolean> out = new CompletableFuture<>();
            create(calls, model, tableName).whenComplete((created, error) -> {
                if (error == null) {
                    out.complete(true);
                } else if (error.getCause() instanceof ResourceInUseException) {
                    // Created meanwhile by someone else: wait for theirs.
                    awaitActive(calls, tableName).whenComplete((active, failure) -> {
                        if (failure != null) {
                            out.completeExceptionally(failure);
                        } else {
                            out.complete(false);
                        }
                    });
                } else {
                    out.completeExceptionally(error);
                }
            });
            return out;
        });
    }

    /**
     * Refuses an existing table whose primary key or secondary indexes are not the model's (names, roles and types;
     * indexes the model does not declare are left alone): writes or queries would fail on it, so it is better said
     * now, every difference at once.
     */
    private static void checkKeys(TableModel<?> model, String tableName, TableDescription table) {
        Map<String, AttributeDefinition> found = new LinkedHashMap<>();
        for (AttributeDefinition d : table.attributeDefinitions()) {
            found.put(d.attributeName(), d);
        }
        Map<String, String> foundIndexes = new LinkedHashMap<>();
        table.globalSecondaryIndexes()
                .forEach(i -> foundIndexes.put(i.indexName(), "global, " + describeKeys(i.keySchema(), found)));
        table.localSecondaryIndexes()
                .forEach(i -> foundIndexes.put(i.indexName(), "local, " + describeKeys(i.keySchema(), found)));
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
        List<String> differences = new ArrayList<>(0);
        String expected = describeKeys(keySchema(model.partitionKey(), model.sortKey(), definitions), definitions);
        String actual = describeKeys(table.keySchema(), found);
        if (!expected.equals(actual)) {
            differences.add("with the key " + actual + ", but the model's is " + expected);
        }
        for (IndexModel index : model.indexes()) {
            String declared = (index.global() ? "global, " : "local, ")
                    + describeKeys(keySchema(index.partitionKey(), index.sortKey(), definitions), definitions);
            String existing = foundIndexes.get(index.name());
            if (existing == null) {
                differences.add("without the model's index " + index.name() + " (" + declared + ")");
            } else if (!existing.equals(declared)) {
                differences.add("with the index " + index.name() + " (" + existing + "), but the model's is ("
                        + declared + ")");
            }
        }
        if (!differences.isEmpty()) {
            throw new ModelDefinitionException(model.type().getSimpleName() + ": table " + tableName + " exists "
                    + String.join(", and ", differences) + "; use another table name, or delete the table");
        }
    }

    /** {@code userId (S, partition), email (S, sort)}. */
    private static String describeKeys(List<KeySchemaElement> keys, Map<String, AttributeDefinition> definitions) {
        List<String> out = new ArrayList<>(2);
        for (KeySchemaElement key : keys) {
            AttributeDefinition definition = definitions.get(key.attributeName());
            out.add(key.attributeName() + " (" + (definition == null ? "?" : definition.attributeTypeAsString()) + ", "
                    + (key.keyType() == KeyType.HASH ? "partition" : "sort") + ")");
        }
        return String.join(", ", out);
    }

    private static CompletableFuture<Void> enableTtl(AdminCalls calls, TableModel<?> model, String tableName) {
        PropertyModel ttl = model.ttl();
        if (ttl == null) {
            return CompletableFuture.completedFuture(null);
        }
        return calls.updateTimeToLive(UpdateTimeToLiveRequest.builder()
                .tableName(tableName)
                .timeToLiveSpecification(
                        s -> s.attributeName(ttl.attributeName()).enabled(true))
                .build());
    }

    private static CompletableFuture<Void> delete(AdminCalls calls, String tableName) {
        return Futures.then(
                calls.delete(tableName),
                deleted -> deleted
                        ? await(calls, tableName, "deleted", table -> table == null, deadline())
                        : CompletableFuture.completedFuture(null));
    }

    private static CompletableFuture<Void> awaitActive(AdminCalls calls, String tableName) {
        return await(
                calls,
                tableName,
                "active",
                table -> table != null
                        && table.tableStatus() == TableStatus.ACTIVE
                        && table.globalSecondaryIndexes().stream().allMatch(i -> i.indexStatus() == IndexStatus.ACTIVE),
                deadline());
    }

    private static long deadline() {
        return System.nanoTime() + MAX_WAIT.toNanos();
    }

    /** Polls DescribeTable until the table is in the state, without blocking a thread in between. */
    private static CompletableFuture<Void> await(
            AdminCalls calls, String tableName, String state, Predicate<TableDescription> reached, long deadline) {
        return Futures.then(calls.describe(tableName), table -> {
            if (reached.test(table)) {
                return CompletableFuture.completedFuture(null);
            }
            if (System.nanoTime() > deadline) {
                return CompletableFuture.failedFuture(new DynanticException(
                        "table " + tableName + " did not become " + state + " within " + MAX_WAIT));
            }
            return calls.runner().after(POLL, () -> await(calls, tableName, state, reached, deadline));
        });
    }

    /** The administration calls, as futures with failures translated, on the runner's client. */
    private record AdminCalls(Runner runner) {
        CompletableFuture<Void> create(CreateTableRequest request) {
            return settle(
                    runner.call(c -> c.createTable(request), c -> c.createTable(request)),
                    r -> null,
                    "createTable",
                    request.tableName());
        }

        /** The table, or null when there is none. */
        CompletableFuture<TableDescription> describe(String tableName) {
            return settle(
                    runner.call(
                            c -> c.describeTable(r -> r.tableName(tableName)),
                            c -> c.describeTable(r -> r.tableName(tableName))),
                    DescribeTableResponse::table,
                    "describeTable",
                    tableName);
        }

        CompletableFuture<Void> updateTimeToLive(UpdateTimeToLiveRequest request) {
            return settle(
                    runner.call(c -> c.updateTimeToLive(request), c -> c.updateTimeToLive(request)),
                    r -> null,
                    "updateTimeToLive",
                    request.tableName());
        }

        /** Whether a table was there to delete. */
        CompletableFuture<Boolean> delete(String tableName) {
            return settle(
                    runner.call(
                            c -> c.deleteTable(r -> r.tableName(tableName)),
                            c -> c.deleteTable(r -> r.tableName(tableName))),
                    r -> true,
                    "deleteTable",
                    tableName);
        }
    }

    /**
     * The outcome of a call: a missing table gives {@code mapping}'s result for null on describe and
     * false on delete; other failures are translated.
     */
    private static <S, V> CompletableFuture<V> settle(
            CompletableFuture<S> call, Function<S, V> mapping, String operation, String tableName) {
        CompletableFuture<V> out = new CompletableFuture<>();
        call.whenComplete((response, error) -> {
            Throwable cause = error == null ? null : Futures.unwrap(error);
            try {
                if (cause == null) {
                    out.complete(mapping.apply(response));
                } else if (cause instanceof ResourceNotFoundException && !operation.equals("createTable")) {
                    out.complete(operation.equals("deleteTable") ? cast(Boolean.FALSE) : null);
                } else if (cause instanceof SdkException sdk) {
                    out.completeExceptionally(Errors.translate(sdk, operation, tableName));
                } else {
                    out.completeExceptionally(cause);
                }
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <X> X cast(Object value) {
        return (X) value;
    }
}
