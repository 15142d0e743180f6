package io.dynantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionSizeLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * How SDK failures surface. A stubbed client stands in for DynamoDB here, because throttling,
 * timeouts and size limits are faults the local server does not produce on demand; everything a
 * real server does produce is tested against one in dynantic-integration-tests.
 */
class ErrorTranslationTest {
    @DynamoTable("things")
    record Thing(@PartitionKey String id) {}

    private static Table<Thing> failingWith(SdkException failure, AtomicInteger calls) {
        DynamoDbClient client = (DynamoDbClient) Proxy.newProxyInstance(
                DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("putItem")) {
                        calls.incrementAndGet();
                        throw failure;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return Dynantic.create(client).table(Thing.class);
    }

    private static void assertTranslated(
            SdkException failure, Class<? extends DynanticException> type, String message) {
        AtomicInteger calls = new AtomicInteger();
        Table<Thing> things = failingWith(failure, calls);
        assertThatThrownBy(() -> things.save(new Thing("t1")))
                .isInstanceOf(type)
                .hasMessage(message)
                .hasCause(failure);
        assertThat(calls).hasValue(1);
    }

    private static <B extends DynamoDbException.Builder> B withCode(B builder, String code, String message) {
        builder.awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(message)
                        .build())
                .message(message);
        return builder;
    }

    @Test
    void missingTable() {
        assertTranslated(
                withCode(ResourceNotFoundException.builder(), "ResourceNotFoundException", "not found")
                        .build(),
                TableNotFoundException.class,
                "save on table things: the table does not exist; create it with createTable()");
    }

    @Test
    void throttling() {
        assertTranslated(
                ProvisionedThroughputExceededException.builder()
                        .message("slow down")
                        .build(),
                ThroughputExceededException.class,
                "save on table things: throttled, and the SDK's retries ran out");
        assertTranslated(
                RequestLimitExceededException.builder().message("slow down").build(),
                ThroughputExceededException.class,
                "save on table things: throttled, and the SDK's retries ran out");
        assertTranslated(
                withCode(DynamoDbException.builder(), "ThrottlingException", "slow down")
                        .build(),
                ThroughputExceededException.class,
                "save on table things: throttled, and the SDK's retries ran out");
    }

    @Test
    void itemCollectionTooLarge() {
        assertTranslated(
                ItemCollectionSizeLimitExceededException.builder()
                        .message("10 GB")
                        .build(),
                ItemCollectionSizeLimitException.class,
                "save on table things: the item collection exceeds 10 GB");
    }

    @Test
    void transactionConflict() {
        assertTranslated(
                TransactionConflictException.builder().message("busy").build(),
                io.dynantic.TransactionConflictException.class,
                "save on table things: another transaction is in progress on the item");
    }

    @Test
    void timeout() {
        assertTranslated(
                ApiCallTimeoutException.builder().message("late").build(),
                RequestTimeoutException.class,
                "save on table things: timed out");
    }

    @Test
    void invalidRequest() {
        assertTranslated(
                withCode(
                                DynamoDbException.builder(),
                                "ValidationException",
                                "One or more parameter values were invalid")
                        .build(),
                DynamoValidationException.class,
                "save on table things: DynamoDB rejected the request: One or more parameter values were invalid");
    }

    @Test
    void anythingElse() {
        SdkException other = SdkException.builder().message("connection reset").build();
        assertTranslated(other, DynanticException.class, "save on table things failed: connection reset");
    }
}
