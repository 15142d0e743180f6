package io.dynantic.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalOperator;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/** DynamoDB's legacy parameters through the SDK: each means what its expression twin means. */
class LegacyParametersTest {
    private final DynamoDbClient client = DynamoDbClient.builder()
            .httpClient(LocalHttpClient.of(Engine.create()))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .build();

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    private static Map<String, AttributeValue> key(String sk) {
        return Map.of("pk", s("p"), "sk", n(sk));
    }

    @BeforeEach
    void createTable() {
        client.createTable(r -> r.tableName("legacy")
                .billingMode("PAY_PER_REQUEST")
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName("pk")
                                .keyType("HASH")
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName("sk")
                                .keyType("RANGE")
                                .build())
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("pk")
                                .attributeType("S")
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("sk")
                                .attributeType("N")
                                .build()));
        for (int i = 1; i <= 5; i++) {
            int sk = i;
            client.putItem(r -> r.tableName("legacy")
                    .item(Map.of("pk", s("p"), "sk", n(Integer.toString(sk)), "size", n(Integer.toString(sk * 10)))));
        }
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void attributesToGetProjects() {
        assertThat(client.getItem(r -> r.tableName("legacy").key(key("1")).attributesToGet("size"))
                        .item())
                .containsExactly(Map.entry("size", n("10")));
    }

    @Test
    void keyConditionsAndQueryFilterSelect() {
        var items = client.query(r -> r.tableName("legacy")
                        .keyConditions(Map.of(
                                "pk",
                                        Condition.builder()
                                                .comparisonOperator(ComparisonOperator.EQ)
                                                .attributeValueList(s("p"))
                                                .build(),
                                "sk",
                                        Condition.builder()
                                                .comparisonOperator(ComparisonOperator.BETWEEN)
                                                .attributeValueList(n("2"), n("4"))
                                                .build()))
                        .queryFilter(Map.of(
                                "size",
                                Condition.builder()
                                        .comparisonOperator(ComparisonOperator.NE)
                                        .attributeValueList(n("30"))
                                        .build())))
                .items();
        assertThat(items).extracting(i -> i.get("sk").n()).containsExactly("2", "4");
    }

    @Test
    void scanFilterJoinsByTheConditionalOperator() {
        var items = client.scan(r -> r.tableName("legacy")
                        .conditionalOperator(ConditionalOperator.OR)
                        .scanFilter(Map.of(
                                "size",
                                        Condition.builder()
                                                .comparisonOperator(ComparisonOperator.IN)
                                                .attributeValueList(n("10"), n("50"))
                                                .build(),
                                "missing",
                                        Condition.builder()
                                                .comparisonOperator(ComparisonOperator.NOT_NULL)
                                                .build())))
                .items();
        assertThat(items).extracting(i -> i.get("sk").n()).containsExactlyInAnyOrder("1", "5");
    }

    @Test
    void expectedConditionsAWrite() {
        client.putItem(r -> r.tableName("legacy")
                .item(Map.of("pk", s("p"), "sk", n("9")))
                .expected(Map.of(
                        "pk", ExpectedAttributeValue.builder().exists(false).build())));
        assertThatThrownBy(() -> client.putItem(r -> r.tableName("legacy")
                        .item(Map.of("pk", s("p"), "sk", n("1")))
                        .expected(Map.of(
                                "size",
                                ExpectedAttributeValue.builder().value(n("11")).build()))))
                .isInstanceOf(ConditionalCheckFailedException.class);
        client.deleteItem(r -> r.tableName("legacy")
                .key(key("1"))
                .expected(Map.of(
                        "size",
                        ExpectedAttributeValue.builder()
                                .comparisonOperator(ComparisonOperator.LT)
                                .attributeValueList(n("11"))
                                .build())));
        assertThat(client.getItem(r -> r.tableName("legacy").key(key("1"))).hasItem())
                .isFalse();
    }

    @Test
    void attributeUpdatesPutAddAndDelete() {
        client.updateItem(r -> r.tableName("legacy")
                .key(key("2"))
                .attributeUpdates(Map.of(
                        "name", AttributeValueUpdate.builder().value(s("two")).build(),
                        "size",
                                AttributeValueUpdate.builder()
                                        .action(AttributeAction.ADD)
                                        .value(n("5"))
                                        .build(),
                        "tags",
                                AttributeValueUpdate.builder()
                                        .action(AttributeAction.ADD)
                                        .value(AttributeValue.fromSs(List.of("a", "b")))
                                        .build())));
        client.updateItem(r -> r.tableName("legacy")
                .key(key("2"))
                .attributeUpdates(Map.of(
                        "name",
                                AttributeValueUpdate.builder()
                                        .action(AttributeAction.DELETE)
                                        .build(),
                        "tags",
                                AttributeValueUpdate.builder()
                                        .action(AttributeAction.DELETE)
                                        .value(AttributeValue.fromSs(List.of("a")))
                                        .build())));
        var item = client.getItem(r -> r.tableName("legacy").key(key("2"))).item();
        assertThat(item).doesNotContainKey("name");
        assertThat(item.get("size")).isEqualTo(n("25"));
        assertThat(item.get("tags").ss()).containsExactly("b");
    }
}
