package io.dynantic.internal.operation;

import io.dynantic.ConditionFailedException;
import io.dynantic.DynamoValidationException;
import io.dynantic.DynanticException;
import io.dynantic.ItemCollectionSizeLimitException;
import io.dynantic.RequestTimeoutException;
import io.dynantic.TableNotFoundException;
import io.dynantic.ThroughputExceededException;
import io.dynantic.TransactionConflictException;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionSizeLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** Translates SDK exceptions into the library's, keeping the SDK exception as the cause. */
final class Errors {
    private Errors() {}

    static DynanticException translate(SdkException e, String operation, String tableName) {
        String where = operation + " on table " + tableName;
        if (e instanceof ConditionalCheckFailedException) {
            return new ConditionFailedException(where + ": the condition was not met", null, e);
        }
        if (e instanceof ResourceNotFoundException) {
            return new TableNotFoundException(where + ": the table does not exist; create it with createTable()", e);
        }
        if (e instanceof ProvisionedThroughputExceededException
                || e instanceof RequestLimitExceededException
                || e instanceof DynamoDbException d && "ThrottlingException".equals(errorCode(d))) {
            return new ThroughputExceededException(where + ": throttled, and the SDK's retries ran out", e);
        }
        if (e instanceof ItemCollectionSizeLimitExceededException) {
            return new ItemCollectionSizeLimitException(where + ": the item collection exceeds 10 GB", e);
        }
        if (e instanceof software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException) {
            return new TransactionConflictException(
                    where + ": a transaction with this idempotency token is still in progress; try again later", e);
        }
        if (e instanceof software.amazon.awssdk.services.dynamodb.model.TransactionConflictException) {
            return new TransactionConflictException(where + ": another transaction is in progress on the item", e);
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return new RequestTimeoutException(where + ": timed out", e);
        }
        if (e instanceof DynamoDbException d && "ValidationException".equals(errorCode(d))) {
            return new DynamoValidationException(
                    where + ": DynamoDB rejected the request: "
                            + d.awsErrorDetails().errorMessage(),
                    e);
        }
        return new DynanticException(where + " failed: " + e.getMessage(), e);
    }

    private static @Nullable String errorCode(DynamoDbException e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }
}
