package io.dynantic.internal.operation;

import io.dynantic.DynanticException;
import io.dynantic.internal.schema.IndexModel;
import io.dynantic.internal.schema.PropertyModel;
import io.dynantic.internal.schema.TableModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
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

/**
 * CreateTable, DeleteTable and the waits around them. Waits poll DescribeTable every 100 ms
 * (the SDK's waiter sleeps 20 s between attempts), for at most five minutes.
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
            PropertyModel partition, PropertyModel sort, Map<String, AttributeDefinition> definitions) {
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
    public static void create(DynamoDbClient client, TableModel<?> model, String tableName) {
        try {
            client.createTable(createRequest(model, tableName));
            LOG.info("Created table {}", tableName);
        } catch (SdkException e) {
            throw Errors.translate(e, "createTable", tableName);
        }
        awaitActive(client, tableName);
        enableTtl(client, model, tableName);
    }

    /** Creates the table unless it exists; returns whether it created it. */
    public static boolean createIfNotExists(DynamoDbClient client, TableModel<?> model, String tableName) {
        if (describe(client, tableName) != null) {
            awaitActive(client, tableName);
            return false;
        }
        try {
            create(client, model, tableName);
            return true;
        } catch (DynanticException e) {
            if (e.getCause() instanceof ResourceInUseException) {
                awaitActive(client, tableName);
                return false;
            }
            throw e;
        }
    }

    private static void enableTtl(DynamoDbClient client, TableModel<?> model, String tableName) {
        PropertyModel ttl = model.ttl();
        if (ttl == null) {
            return;
        }
        try {
            client.updateTimeToLive(r -> r.tableName(tableName)
                    .timeToLiveSpecification(
                            s -> s.attributeName(ttl.attributeName()).enabled(true)));
        } catch (SdkException e) {
            throw Errors.translate(e, "updateTimeToLive", tableName);
        }
    }

    /** Deletes the table and waits until it is gone; a missing table is not an error. */
    public static void delete(DynamoDbClient client, String tableName) {
        try {
            client.deleteTable(r -> r.tableName(tableName));
        } catch (ResourceNotFoundException e) {
            return;
        } catch (SdkException e) {
            throw Errors.translate(e, "deleteTable", tableName);
        }
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (describe(client, tableName) != null) {
            sleep(deadline, tableName, "deleted");
        }
    }

    private static void awaitActive(DynamoDbClient client, String tableName) {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (true) {
            TableDescription table = describe(client, tableName);
            if (table != null
                    && table.tableStatus() == TableStatus.ACTIVE
                    && table.globalSecondaryIndexes().stream().allMatch(i -> i.indexStatus() == IndexStatus.ACTIVE)) {
                return;
            }
            sleep(deadline, tableName, "active");
        }
    }

    private static TableDescription describe(DynamoDbClient client, String tableName) {
        try {
            return client.describeTable(r -> r.tableName(tableName)).table();
        } catch (ResourceNotFoundException e) {
            return null;
        } catch (SdkException e) {
            throw Errors.translate(e, "describeTable", tableName);
        }
    }

    private static void sleep(long deadline, String tableName, String state) {
        if (System.nanoTime() > deadline) {
            throw new DynanticException("table " + tableName + " did not become " + state + " within " + MAX_WAIT);
        }
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DynanticException("interrupted while waiting for table " + tableName + " to become " + state, e);
        }
    }
}
