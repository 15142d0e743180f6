package io.dynantic.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.Engine;
import io.dynantic.local.MovableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** The engine through the real AWS SDK, in-process: the SDK marshals, signs, checks checksums and unmarshals. */
class SdkClientTest {
    private final MovableClock clock = new MovableClock();
    private final Engine engine = Engine.create(clock);
    private final StaticCredentialsProvider credentials =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    private final DynamoDbClient client = DynamoDbClient.builder()
            .httpClient(LocalHttpClient.of(engine))
            .region(Region.US_EAST_1)
            .credentialsProvider(credentials)
            .build();
    private final DynamoDbAsyncClient async = DynamoDbAsyncClient.builder()
            .httpClient(LocalAsyncHttpClient.of(engine))
            .region(Region.US_EAST_1)
            .credentialsProvider(credentials)
            .build();

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    @BeforeEach
    void createTable() {
        client.createTable(r -> r.tableName("orders")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(
                        k -> k.attributeName("pk").keyType("HASH"),
                        k -> k.attributeName("sk").keyType("RANGE"))
                .attributeDefinitions(
                        a -> a.attributeName("pk").attributeType("S"),
                        a -> a.attributeName("sk").attributeType("N")));
    }

    @AfterEach
    void close() {
        client.close();
        async.close();
    }

    @Test
    void itemsTravelThroughTheSdkBothWays() {
        client.putItem(r -> r.tableName("orders")
                .item(Map.of(
                        "pk", s("a"),
                        "sk", n("1"),
                        "tags", AttributeValue.fromSs(List.of("x", "y")),
                        "blob", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2})),
                        "doc", AttributeValue.fromM(Map.of("l", AttributeValue.fromL(List.of(n("2"), s("z"))))))));
        var item = client.getItem(r -> r.tableName("orders").key(Map.of("pk", s("a"), "sk", n("1"))))
                .item();
        assertThat(item.get("tags").ss()).containsExactly("x", "y");
        assertThat(item.get("blob").b().asByteArray()).containsExactly(1, 2);
        assertThat(item.get("doc").m().get("l").l()).containsExactly(n("2"), s("z"));

        var updated = client.updateItem(r -> r.tableName("orders")
                .key(Map.of("pk", s("a"), "sk", n("1")))
                .updateExpression("ADD #c :one")
                .expressionAttributeNames(Map.of("#c", "count"))
                .expressionAttributeValues(Map.of(":one", n("1")))
                .returnValues(ReturnValue.UPDATED_NEW));
        assertThat(updated.attributes()).containsExactly(Map.entry("count", n("1")));
        assertThat(client.getItem(r -> r.tableName("orders").key(Map.of("pk", s("none"), "sk", n("1"))))
                        .hasItem())
                .isFalse();
    }

    @Test
    void queriesPageThroughTheSdkPaginator() {
        for (int i = 0; i < 25; i++) {
            int sk = i;
            client.putItem(r -> r.tableName("orders").item(Map.of("pk", s("p"), "sk", n(Integer.toString(sk)))));
        }
        var pages = client.queryPaginator(r -> r.tableName("orders")
                .keyConditionExpression("pk = :p AND sk >= :from")
                .expressionAttributeValues(Map.of(":p", s("p"), ":from", n("5")))
                .scanIndexForward(false)
                .limit(7));
        List<String> keys = pages.items().stream().map(i -> i.get("sk").n()).toList();
        assertThat(keys).hasSize(20).startsWith("24", "23").endsWith("5");
        assertThat(pages.stream().count()).isEqualTo(3);
    }

    @Test
    void errorsArriveAsTheSdksExceptionTypes() {
        client.putItem(r -> r.tableName("orders").item(Map.of("pk", s("a"), "sk", n("1"), "v", s("old"))));
        assertThatThrownBy(() -> client.putItem(r -> r.tableName("orders")
                        .item(Map.of("pk", s("a"), "sk", n("1")))
                        .conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class, e -> {
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The conditional request failed");
                    assertThat(e.item()).containsEntry("v", s("old"));
                });
        assertThatThrownBy(() -> client.describeTable(r -> r.tableName("missing")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found: Table: missing not found");
        assertThatThrownBy(() -> client.transactWriteItems(r -> r.transactItems(
                        t -> t.put(p -> p.tableName("orders").item(Map.of("pk", s("b"), "sk", n("1")))),
                        t -> t.conditionCheck(c -> c.tableName("orders")
                                .key(Map.of("pk", s("a"), "sk", n("1")))
                                .conditionExpression("attribute_not_exists(pk)")))))
                .isInstanceOfSatisfying(
                        TransactionCanceledException.class,
                        e -> assertThat(e.cancellationReasons())
                                .extracting(r -> r.code())
                                .containsExactly("None", "ConditionalCheckFailed"));
    }

    @Test
    void theAsyncClientServesTheSameEngine() {
        async.putItem(r -> r.tableName("orders").item(Map.of("pk", s("a"), "sk", n("1"), "v", s("async"))))
                .join();
        assertThat(client.getItem(r -> r.tableName("orders").key(Map.of("pk", s("a"), "sk", n("1"))))
                        .item()
                        .get("v"))
                .isEqualTo(s("async"));
        assertThat(async.query(r -> r.tableName("orders")
                                .keyConditionExpression("pk = :p")
                                .expressionAttributeValues(Map.of(":p", s("a"))))
                        .join()
                        .count())
                .isEqualTo(1);
        assertThatThrownBy(
                        () -> async.describeTable(r -> r.tableName("missing")).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void expiredItemsAreDeletedWhenTheTestSays() {
        client.updateTimeToLive(r -> r.tableName("orders")
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expires")));
        assertThat(client.describeTimeToLive(r -> r.tableName("orders"))
                        .timeToLiveDescription()
                        .timeToLiveStatus())
                .isEqualTo(TimeToLiveStatus.ENABLED);
        long now = clock.instant().getEpochSecond();
        client.putItem(r ->
                r.tableName("orders").item(Map.of("pk", s("a"), "sk", n("1"), "expires", n(Long.toString(now + 60)))));
        client.putItem(
                r -> r.tableName("orders").item(Map.of("pk", s("a"), "sk", n("2"), "expires", s("not a number"))));
        client.putItem(r -> r.tableName("orders")
                .item(Map.of("pk", s("a"), "sk", n("3"), "expires", n(Long.toString(now - 6 * 365 * 86400L)))));
        assertThat(count("a")).isEqualTo(3);

        clock.advance(Duration.ofSeconds(61));
        assertThat(count("a")).as("expired items stay until they are deleted").isEqualTo(3);
        assertThat(engine.expireItems()).isEqualTo(1);
        assertThat(count("a")).as("only the number within five years expires").isEqualTo(2);
        assertThatThrownBy(() -> client.updateTimeToLive(r -> r.tableName("orders")
                        .timeToLiveSpecification(t -> t.enabled(true).attributeName("expires"))))
                .hasMessageStartingWith("TimeToLive is already enabled");
    }

    private int count(String pk) {
        return client.query(r -> r.tableName("orders")
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s(pk))))
                .count();
    }

    @Test
    void aGlobalIndexAddedLaterIsFilledFromTheTable() {
        client.putItem(r -> r.tableName("orders").item(Map.of("pk", s("a"), "sk", n("1"), "status", s("open"))));
        client.putItem(r -> r.tableName("orders").item(Map.of("pk", s("b"), "sk", n("2"))));
        var table = client.updateTable(r -> r.tableName("orders")
                        .attributeDefinitions(a -> a.attributeName("status").attributeType("S"))
                        .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byStatus")
                                .keySchema(k -> k.attributeName("status").keyType("HASH"))
                                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))))
                .tableDescription();
        assertThat(table.globalSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
            assertThat(index.itemCount()).isEqualTo(1);
        });
        assertThat(client.query(r -> r.tableName("orders")
                                .indexName("byStatus")
                                .keyConditionExpression("#s = :s")
                                .expressionAttributeNames(Map.of("#s", "status"))
                                .expressionAttributeValues(Map.of(":s", s("open"))))
                        .items())
                .containsExactly(Map.of("pk", s("a"), "sk", n("1"), "status", s("open")));

        client.updateTable(
                r -> r.tableName("orders").globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("byStatus"))));
        assertThat(client.describeTable(r -> r.tableName("orders")).table().globalSecondaryIndexes())
                .isEmpty();
        assertThatThrownBy(() -> client.updateTable(r ->
                        r.tableName("orders").globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("byStatus")))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found: Index byStatus for table orders");
    }

    @Test
    void billingModeChangesAndTags() {
        var described = client.updateTable(r -> r.tableName("orders")
                        .billingMode(BillingMode.PROVISIONED)
                        .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(2L)))
                .tableDescription();
        assertThat(described.billingModeSummary().billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(described.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);

        String arn = described.tableArn();
        client.tagResource(r -> r.resourceArn(arn)
                .tags(t -> t.key("team").value("a"), t -> t.key("env").value("x")));
        client.untagResource(r -> r.resourceArn(arn).tagKeys("env"));
        assertThat(client.listTagsOfResource(r -> r.resourceArn(arn)).tags())
                .extracting(t -> t.key() + "=" + t.value())
                .containsExactly("team=a");
        assertThatThrownBy(() -> client.listTagsOfResource(r -> r.resourceArn(arn + "x")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found: ResourcArn: " + arn + "x not found");
    }
}
