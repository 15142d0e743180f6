package io.dynantic.local.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dynantic.local.Engine;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * Table definitions and table settings DynamoDB refuses, sent through the SDK: each answer is DynamoDB's error type
 * and whole message.
 */
class TableDefinitionTest {
    private static final Projection ALL =
            Projection.builder().projectionType(ProjectionType.ALL).build();
    private static final ProvisionedThroughput ONE_UNIT = ProvisionedThroughput.builder()
            .readCapacityUnits(1L)
            .writeCapacityUnits(1L)
            .build();

    private final DynamoDbClient client = DynamoDbClient.builder()
            .httpClient(LocalHttpClient.of(Engine.create()))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .build();

    @AfterEach
    void close() {
        client.close();
    }

    private static KeySchemaElement hash(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType("HASH").build();
    }

    private static KeySchemaElement range(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType("RANGE").build();
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType("S")
                .build();
    }

    private static GlobalSecondaryIndex gsi(String name, String key, Projection projection) {
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(hash(key))
                .projection(projection)
                .build();
    }

    private static Projection include(List<String> attributes) {
        return Projection.builder()
                .projectionType(ProjectionType.INCLUDE)
                .nonKeyAttributes(attributes)
                .build();
    }

    /** An on-demand table "tbl" keyed by pk and sk, with what {@code change} adds. */
    private static CreateTableRequest table(Consumer<CreateTableRequest.Builder> change) {
        CreateTableRequest.Builder builder = CreateTableRequest.builder()
                .tableName("tbl")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(hash("pk"), range("sk"))
                .attributeDefinitions(string("pk"), string("sk"), string("a"));
        change.accept(builder);
        return builder.build();
    }

    private static void assertRefused(Runnable call, String errorCode, String message) {
        AwsServiceException refused = catchThrowableOfType(call::run, AwsServiceException.class);
        assertThat(refused).as("refused with " + message).isNotNull();
        assertThat(refused.awsErrorDetails().errorCode()).isEqualTo(errorCode);
        assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo(message);
    }

    private void assertCreateRefused(Consumer<CreateTableRequest.Builder> change, String message) {
        assertRefused(() -> client.createTable(table(change)), "ValidationException", message);
    }

    @Test
    void createTableRefusesIndexesDynamoDbRefuses() {
        String invalid = "One or more parameter values were invalid: ";
        assertCreateRefused(
                b -> b.globalSecondaryIndexes(IntStream.range(0, 21)
                        .mapToObj(i -> gsi("gsi" + i, "a", ALL))
                        .toList()),
                invalid + "GlobalSecondaryIndex count exceeds the per-table limit of 20");
        assertCreateRefused(
                b -> b.localSecondaryIndexes(IntStream.range(0, 6)
                        .mapToObj(i -> LocalSecondaryIndex.builder()
                                .indexName("lsi" + i)
                                .keySchema(hash("pk"), range("a"))
                                .projection(ALL)
                                .build())
                        .toList()),
                invalid + "Number of LocalSecondaryIndexes exceeds per-table limit of 5");
        assertCreateRefused(
                b -> b.globalSecondaryIndexes(gsi("gsi", "a", null)),
                "1 validation error detected: Value null at 'globalSecondaryIndexes.1.member.projection' failed to"
                        + " satisfy constraint: Member must not be null");
        assertCreateRefused(
                b -> b.localSecondaryIndexes(LocalSecondaryIndex.builder()
                        .indexName("lsi")
                        .keySchema(hash("pk"), range("a"))
                        .build()),
                "1 validation error detected: Value null at 'localSecondaryIndexes.1.member.projection' failed to"
                        + " satisfy constraint: Member must not be null");
        assertCreateRefused(
                b -> b.globalSecondaryIndexes(
                        gsi("gsi", "a", Projection.builder().build())),
                invalid + "Unknown ProjectionType: null");
        assertCreateRefused(
                b -> b.globalSecondaryIndexes(gsi(
                        "gsi",
                        "a",
                        Projection.builder()
                                .projectionType(ProjectionType.INCLUDE)
                                .build())),
                invalid + "ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
        assertCreateRefused(
                b -> b.globalSecondaryIndexes(
                        gsi("gsi", "a", ALL.toBuilder().nonKeyAttributes("x").build())),
                invalid + "ProjectionType is ALL, but NonKeyAttributes is specified");
        assertCreateRefused(
                b -> b.globalSecondaryIndexes(gsi(
                        "gsi",
                        "a",
                        Projection.builder()
                                .projectionType(ProjectionType.KEYS_ONLY)
                                .nonKeyAttributes("x")
                                .build())),
                invalid + "ProjectionType is KEYS_ONLY, but NonKeyAttributes is specified");
        List<String> sixty = IntStream.range(0, 60).mapToObj(i -> "x" + i).toList();
        assertCreateRefused(
                b -> b.attributeDefinitions(string("pk"), string("sk"), string("a"), string("b"))
                        .globalSecondaryIndexes(gsi("byA", "a", include(sixty)), gsi("byB", "b", include(sixty))),
                invalid + "Number of projected attributes in all indexes exceeds limit of 100");
    }

    @Test
    void createTableRefusesBadIndexNamesAndCapacity() {
        String invalid = "One or more parameter values were invalid: ";
        assertCreateRefused(
                b -> b.globalSecondaryIndexes(gsi("g1", "a", ALL)),
                "1 validation error detected: Value 'g1' at 'globalSecondaryIndexes.1.member.indexName' failed to"
                        + " satisfy constraint: Member must have length greater than or equal to 3");
        String long256 = "g".repeat(256);
        assertCreateRefused(
                b -> b.globalSecondaryIndexes(gsi(long256, "a", ALL)),
                "1 validation error detected: Value '" + long256 + "' at 'globalSecondaryIndexes.1.member.indexName'"
                        + " failed to satisfy constraint: Member must have length less than or equal to 255");
        assertCreateRefused(
                b -> b.globalSecondaryIndexes(gsi("by status", "a", ALL)),
                "1 validation error detected: Value 'by status' at 'globalSecondaryIndexes.1.member.indexName' failed"
                        + " to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        assertCreateRefused(
                b -> b.billingMode(BillingMode.PROVISIONED)
                        .provisionedThroughput(ONE_UNIT)
                        .globalSecondaryIndexes(gsi("byA", "a", ALL)),
                invalid + "ProvisionedThroughput is not specified for index: byA");
        assertCreateRefused(
                b -> b.globalSecondaryIndexes(gsi("byA", "a", ALL).toBuilder()
                        .provisionedThroughput(ONE_UNIT)
                        .build()),
                invalid + "ProvisionedThroughput should not be specified for index: byA when BillingMode is"
                        + " PAY_PER_REQUEST");
        assertCreateRefused(
                b -> b.billingMode(BillingMode.PROVISIONED)
                        .provisionedThroughput(
                                ONE_UNIT.toBuilder().readCapacityUnits(0L).build())
                        .attributeDefinitions(string("pk"), string("sk")),
                "1 validation error detected: Value '0' at 'provisionedThroughput.readCapacityUnits' failed to"
                        + " satisfy constraint: Member must have value greater than or equal to 1");
        assertCreateRefused(
                b -> b.billingMode(BillingMode.PROVISIONED)
                        .provisionedThroughput(ONE_UNIT)
                        .globalSecondaryIndexes(gsi("byA", "a", ALL).toBuilder()
                                .provisionedThroughput(ONE_UNIT.toBuilder()
                                        .writeCapacityUnits(0L)
                                        .build())
                                .build()),
                "1 validation error detected: Value '0' at"
                        + " 'globalSecondaryIndexes.1.member.provisionedThroughput.writeCapacityUnits' failed to"
                        + " satisfy constraint: Member must have value greater than or equal to 1");
    }

    @Test
    void updateTableChecksTheGlobalIndexItCreates() {
        client.createTable(table(b -> b.attributeDefinitions(string("pk"), string("sk"))));
        String invalid = "One or more parameter values were invalid: ";
        assertRefused(
                () -> client.updateTable(r -> r.tableName("tbl")
                        .globalSecondaryIndexUpdates(u -> u.create(
                                c -> c.indexName("bySk").keySchema(hash("sk")).projection(ALL)))),
                "ValidationException",
                invalid + "AttributeDefinitions is not specified for index: bySk");
        assertRefused(
                () -> client.updateTable(r -> r.tableName("tbl")
                        .attributeDefinitions(string("a"))
                        .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byASk")
                                .keySchema(hash("a"), range("sk"))
                                .projection(ALL)))),
                "ValidationException",
                "Invalid KeySchema: Some index key attribute have no definition");
        assertRefused(
                () -> client.updateTable(r -> r.tableName("tbl")
                        .attributeDefinitions(string("a"))
                        .globalSecondaryIndexUpdates(
                                u -> u.create(c -> c.indexName("byA").keySchema(hash("a"))))),
                "ValidationException",
                "1 validation error detected: Value null at 'globalSecondaryIndexUpdates.1.member.create.projection'"
                        + " failed to satisfy constraint: Member must not be null");
        assertRefused(
                () -> client.updateTable(r -> r.tableName("tbl")
                        .attributeDefinitions(string("a"))
                        .globalSecondaryIndexUpdates(u -> u.create(
                                c -> c.indexName("by a").keySchema(hash("a")).projection(ALL)))),
                "ValidationException",
                "1 validation error detected: Value 'by a' at 'globalSecondaryIndexUpdates.1.member.create.indexName'"
                        + " failed to satisfy constraint: Member must satisfy regular expression pattern:"
                        + " [a-zA-Z0-9_.-]+");
        assertRefused(
                () -> client.updateTable(r -> r.tableName("tbl")
                        .attributeDefinitions(string("a"))
                        .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byA")
                                .keySchema(hash("a"))
                                .projection(ALL)
                                .provisionedThroughput(ONE_UNIT)))),
                "ValidationException",
                invalid + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified for index: byA when"
                        + " BillingMode is PAY_PER_REQUEST");
        for (int i = 0; i < 20; i++) {
            String key = "k" + i;
            client.updateTable(r -> r.tableName("tbl")
                    .attributeDefinitions(string(key))
                    .globalSecondaryIndexUpdates(u -> u.create(
                            c -> c.indexName("by" + key).keySchema(hash(key)).projection(ALL))));
        }
        assertRefused(
                () -> client.updateTable(r -> r.tableName("tbl")
                        .attributeDefinitions(string("a"))
                        .globalSecondaryIndexUpdates(u -> u.create(
                                c -> c.indexName("byA").keySchema(hash("a")).projection(ALL)))),
                "LimitExceededException",
                "GlobalSecondaryIndex count exceeds the per-table limit of 20");
    }

    @Test
    void aGlobalIndexUpdateChangesTheCapacityOfAProvisionedTablesIndex() {
        client.createTable(table(b -> b.billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(ONE_UNIT)
                .globalSecondaryIndexes(gsi("byA", "a", ALL).toBuilder()
                        .provisionedThroughput(ONE_UNIT)
                        .build())));

        var index = client.updateTable(r -> r.tableName("tbl")
                        .globalSecondaryIndexUpdates(u -> u.update(x -> x.indexName("byA")
                                .provisionedThroughput(
                                        t -> t.readCapacityUnits(10L).writeCapacityUnits(4L)))))
                .tableDescription()
                .globalSecondaryIndexes()
                .get(0);

        assertThat(index.provisionedThroughput().readCapacityUnits()).isEqualTo(10L);
        assertThat(index.provisionedThroughput().writeCapacityUnits()).isEqualTo(4L);
        client.updateTable(r -> r.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST));
        assertRefused(
                () -> client.updateTable(r -> r.tableName("tbl")
                        .globalSecondaryIndexUpdates(
                                u -> u.update(x -> x.indexName("byA").provisionedThroughput(ONE_UNIT)))),
                "ValidationException",
                "One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be"
                        + " specified for index: byA when BillingMode is PAY_PER_REQUEST");
    }

    @Test
    void deletionProtectionKeepsATableUntilItIsTurnedOff() {
        client.createTable(
                table(b -> b.attributeDefinitions(string("pk"), string("sk")).deletionProtectionEnabled(true)));
        assertThat(client.describeTable(r -> r.tableName("tbl")).table().deletionProtectionEnabled())
                .isTrue();
        assertRefused(
                () -> client.deleteTable(r -> r.tableName("tbl")),
                "ValidationException",
                "Resource cannot be deleted as it is currently protected against deletion. Disable deletion"
                        + " protection first.");
        assertRefused(
                () -> client.updateTable(r ->
                        r.tableName("tbl").deletionProtectionEnabled(false).billingMode(BillingMode.PAY_PER_REQUEST)),
                "ValidationException",
                "One or more parameter values were invalid: DeletionProtection modification must be the only"
                        + " operation in the request");

        var updated = client.updateTable(r -> r.tableName("tbl").deletionProtectionEnabled(false))
                .tableDescription();

        assertThat(updated.deletionProtectionEnabled()).isFalse();
        client.deleteTable(r -> r.tableName("tbl"));
        assertThat(client.listTables().tableNames()).isEmpty();
    }

    @Test
    void aStreamSpecificationAloneIsAcceptedAndChangesNothing() {
        client.createTable(table(b -> b.attributeDefinitions(string("pk"), string("sk"))));

        var table = client.updateTable(r -> r.tableName("tbl")
                        .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)))
                .tableDescription();

        assertThat(table.streamSpecification()).isNull();
    }

    @Test
    void timeToLiveOnAnEmptyAttributeNameIsRefused() {
        client.createTable(table(b -> b.attributeDefinitions(string("pk"), string("sk"))));

        assertRefused(
                () -> client.updateTimeToLive(r -> r.tableName("tbl")
                        .timeToLiveSpecification(s -> s.attributeName("").enabled(true))),
                "ValidationException",
                "1 validation error detected: Value '' at 'timeToLiveSpecification.attributeName' failed to satisfy"
                        + " constraint: Member must have length greater than or equal to 1");
    }

    @Test
    void tagsOutsideDynamoDbsRestrictionsAreRefusedAndNothingIsTagged() {
        String arn = client.createTable(table(b -> b.attributeDefinitions(string("pk"), string("sk"))))
                .tableDescription()
                .tableArn();
        Tag good = Tag.builder().key("team").value("core").build();
        String key129 = "k".repeat(129);
        String value257 = "v".repeat(257);
        assertTagRefused(
                arn,
                List.of(good, Tag.builder().key("").value("v").build()),
                "The Tag Key provided is" + " invalid, Key: ");
        assertTagRefused(
                arn,
                List.of(good, Tag.builder().key(key129).value("v").build()),
                "The Tag Key provided is" + " invalid, Key: " + key129);
        assertTagRefused(
                arn,
                List.of(good, Tag.builder().key("k").value(value257).build()),
                "The Tag Value provided" + " is invalid, Value: " + value257);
        assertTagRefused(
                arn,
                List.of(good, Tag.builder().key("k").build()),
                "The Tag Value provided is invalid," + " Value: null");
        assertTagRefused(
                arn,
                List.of(good, Tag.builder().key("k").value("100%").build()),
                "The Tag Value provided" + " is invalid, Value: 100%");
        assertTagRefused(
                arn,
                List.of(good, Tag.builder().key("aws:x").value("v").build()),
                "Tag Key cannot be" + " prefixed with aws:, Key: aws:x");
        assertTagRefused(
                arn, List.of(good, good), "Duplicate Tag Keys provided as input: Duplicate Tag Key found" + " team");
        assertTagRefused(
                arn,
                IntStream.range(0, 51)
                        .mapToObj(i -> Tag.builder().key("k" + i).value("v").build())
                        .toList(),
                "Number of Tags exceed the current limit for the provided ResourceArn");
        assertThat(client.listTagsOfResource(r -> r.resourceArn(arn)).tags()).isEmpty();

        client.tagResource(r -> r.resourceArn(arn)
                .tags(Tag.builder().key("clé é").value("a+b-c=d.e_f:g/h@i").build()));
        assertThat(client.listTagsOfResource(r -> r.resourceArn(arn)).tags()).hasSize(1);
    }

    private void assertTagRefused(String arn, List<Tag> tags, String message) {
        assertRefused(() -> client.tagResource(r -> r.resourceArn(arn).tags(tags)), "ValidationException", message);
    }
}
