package io.dynantic.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.local.Engine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * ReturnConsumedCapacity through the SDK, with DynamoDB's rules: writes by the KB of the larger item, reads by 4 KB
 * (half when eventually consistent), index writes on top, transactions double.
 */
class ConsumedCapacityTest {
    private final Engine engine = Engine.create();
    private final DynamoDbClient client = DynamoDbClient.builder()
            .httpClient(LocalHttpClient.of(engine))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .build();

    private static final String KB_AND_A_HALF = "x".repeat(1500);

    @BeforeEach
    void createTable() {
        client.createTable(r -> r.tableName("metered")
                .billingMode("PAY_PER_REQUEST")
                .keySchema(KeySchemaElement.builder()
                        .attributeName("id")
                        .keyType("HASH")
                        .build())
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("id")
                                .attributeType("S")
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("team")
                                .attributeType("S")
                                .build())
                .globalSecondaryIndexes(g -> g.indexName("byTeam")
                        .keySchema(KeySchemaElement.builder()
                                .attributeName("team")
                                .keyType("HASH")
                                .build())
                        .projection(p -> p.projectionType("KEYS_ONLY"))));
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static Map<String, AttributeValue> item(String id, String team, String text) {
        return team == null
                ? Map.of("id", AttributeValue.fromS(id), "text", AttributeValue.fromS(text))
                : Map.of(
                        "id", AttributeValue.fromS(id),
                        "team", AttributeValue.fromS(team),
                        "text", AttributeValue.fromS(text));
    }

    @Test
    void aWriteCostsAUnitPerKilobyteAndIndexesAddTheirs() {
        ConsumedCapacity total = client.putItem(r -> r.tableName("metered")
                        .item(item("a", null, KB_AND_A_HALF))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity();
        assertThat(total.tableName()).isEqualTo("metered");
        assertThat(total.capacityUnits()).isEqualTo(2.0);
        assertThat(total.table()).isNull();

        ConsumedCapacity indexes = client.putItem(r -> r.tableName("metered")
                        .item(item("b", "red", "short"))
                        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
                .consumedCapacity();
        assertThat(indexes.capacityUnits()).isEqualTo(2.0);
        assertThat(indexes.table().capacityUnits()).isEqualTo(1.0);
        assertThat(indexes.globalSecondaryIndexes().get("byTeam").capacityUnits())
                .isEqualTo(1.0);

        ConsumedCapacity moved = client.updateItem(r -> r.tableName("metered")
                        .key(Map.of("id", AttributeValue.fromS("b")))
                        .updateExpression("SET team = :t")
                        .expressionAttributeValues(Map.of(":t", AttributeValue.fromS("blue")))
                        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
                .consumedCapacity();
        assertThat(moved.globalSecondaryIndexes().get("byTeam").capacityUnits())
                .as("a changed index key deletes one entry and writes another")
                .isEqualTo(2.0);
        assertThat(client.putItem(r -> r.tableName("metered").item(item("c", null, "x")))
                        .consumedCapacity())
                .as("not reported unless asked")
                .isNull();
    }

    @Test
    void aReadCostsAUnitPerFourKilobytesAndHalfWhenEventuallyConsistent() {
        client.putItem(r -> r.tableName("metered").item(item("a", null, "x".repeat(5000))));
        assertThat(client.getItem(r -> r.tableName("metered")
                                .key(Map.of("id", AttributeValue.fromS("a")))
                                .consistentRead(true)
                                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                        .consumedCapacity()
                        .capacityUnits())
                .isEqualTo(2.0);
        assertThat(client.getItem(r -> r.tableName("metered")
                                .key(Map.of("id", AttributeValue.fromS("missing")))
                                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                        .consumedCapacity()
                        .capacityUnits())
                .isEqualTo(0.5);
        assertThat(client.scan(r -> r.tableName("metered").returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                        .consumedCapacity()
                        .capacityUnits())
                .isEqualTo(1.0);
    }

    @Test
    void batchesReportEachTableAndTransactionsCostDouble() {
        List<ConsumedCapacity> batch = client.batchWriteItem(r -> r.requestItems(Map.of(
                                "metered",
                                List.of(
                                        WriteRequest.builder()
                                                .putRequest(p -> p.item(item("a", null, "x")))
                                                .build(),
                                        WriteRequest.builder()
                                                .putRequest(p -> p.item(item("b", null, KB_AND_A_HALF)))
                                                .build())))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity();
        assertThat(batch).singleElement().satisfies(c -> {
            assertThat(c.tableName()).isEqualTo("metered");
            assertThat(c.capacityUnits()).isEqualTo(3.0);
        });
        List<ConsumedCapacity> transaction = client.transactWriteItems(r -> r.transactItems(
                                t -> t.put(p -> p.tableName("metered").item(item("c", null, "x"))))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity();
        assertThat(transaction)
                .singleElement()
                .satisfies(c -> assertThat(c.capacityUnits()).isEqualTo(2.0));
    }
}
