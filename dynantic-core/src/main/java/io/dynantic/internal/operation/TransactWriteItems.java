package io.dynantic.internal.operation;

import io.dynantic.DynanticException;
import io.dynantic.IdempotencyMismatchException;
import io.dynantic.ItemValidationException;
import io.dynantic.ItemValidationException.Violation;
import io.dynantic.TransactionCanceledException;
import io.dynantic.TransactionCanceledException.Reason;
import io.dynantic.internal.validation.ItemSize;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * TransactWriteItems: every action, described as its single-item twin describes it, applied together
 * or not at all. Checked before sending: 1 to 100 actions, no item twice, at most 4 MB in all, every
 * action valid.
 */
public final class TransactWriteItems
        extends Operation<TransactWriteItemsRequest, TransactWriteItemsResponse, List<Object>> {
    /** DynamoDB's limit of actions in one transaction. */
    static final int MAX_ACTIONS = 100;
    /** DynamoDB's limit for the aggregate size of a transaction's items. */
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    private final List<Supplier<WriteDescription>> actions;
    private final @Nullable String token;
    /** Null until {@link #request()}, which runs before the call whose result or failure uses it. */
    private @Nullable List<WriteDescription> writes;

    /**
     * @param actions each action's description, built when the request is (null for a null action)
     * @param token the idempotency token, or null
     */
    public TransactWriteItems(List<Supplier<WriteDescription>> actions, @Nullable String token) {
        super("transactWrite", "(transaction)");
        this.actions = List.copyOf(actions);
        this.token = token;
    }

    @Override
    TransactWriteItemsRequest request() {
        List<Violation> problems = new ArrayList<>();
        checkCount(actions.size(), "write", problems);
        if (token != null && (token.isEmpty() || token.length() > 36)) {
            problems.add(new Violation("idempotencyToken", "must be 1 to 36 characters, not " + token.length()));
        }
        List<WriteDescription> described = new ArrayList<>(actions.size());
        Map<TableKey, Integer> seen = new HashMap<>();
        long bytes = 0;
        for (int i = 0; i < actions.size(); i++) {
            WriteDescription write;
            try {
                write = actions.get(i).get();
            } catch (ItemValidationException e) {
                for (Violation v : e.violations()) {
                    problems.add(new Violation("[" + i + "] " + v.path(), v.message()));
                }
                continue;
            }
            if (write == null) {
                problems.add(new Violation("[" + i + "] Transaction", "the action is null"));
                continue;
            }
            described.add(write);
            Integer first = seen.putIfAbsent(new TableKey(write.codec().tableName(), write.key()), i);
            if (first != null) {
                problems.add(new Violation(
                        "[" + i + "] " + write.codec().model().type().getSimpleName(),
                        "acts on the same item as action [" + first + "]; a transaction may act on an item once"));
            }
            // DynamoDB counts the items the transaction writes; only a put's is known before it runs.
            if (write instanceof WriteDescription.PutWrite put) {
                bytes += ItemSize.of(put.item());
            }
        }
        if (bytes > MAX_BYTES) {
            problems.add(new Violation(
                    "Transaction",
                    "the items it puts are " + bytes + " bytes in all; DynamoDB's limit is 4 MB (4194304 bytes)"));
        }
        if (!problems.isEmpty()) {
            throw new ItemValidationException(problems);
        }
        writes = described;
        List<TransactWriteItem> items = new ArrayList<>(described.size());
        described.forEach(w -> items.add(w.transactItem()));
        return TransactWriteItemsRequest.builder()
                .transactItems(items)
                .clientRequestToken(token)
                .build();
    }

    /** Refuses an empty transaction or one of more than 100 actions. */
    static void checkCount(int count, String kind, List<Violation> problems) {
        if (count == 0) {
            problems.add(new Violation("Transaction", "a transaction needs at least one " + kind));
        } else if (count > MAX_ACTIONS) {
            problems.add(new Violation(
                    "Transaction", "a transaction has " + count + " " + kind + "s; DynamoDB allows at most 100"));
        }
    }

    @Override
    TransactWriteItemsResponse call(DynamoDbClient client, TransactWriteItemsRequest request) {
        return client.transactWriteItems(request);
    }

    @Override
    CompletableFuture<TransactWriteItemsResponse> call(DynamoDbAsyncClient client, TransactWriteItemsRequest request) {
        return client.transactWriteItems(request);
    }

    /** For each action, the item a put stored, null for the other actions. */
    @Override
    List<Object> result(TransactWriteItemsResponse response) {
        List<WriteDescription> writes = Objects.requireNonNull(this.writes);
        List<Object> stored = new ArrayList<>(writes.size());
        for (WriteDescription w : writes) {
            stored.add(w instanceof WriteDescription.PutWrite put ? put.stored() : null);
        }
        return stored;
    }

    @Override
    DynanticException failure(SdkException e) {
        if (e instanceof software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException cancelled) {
            return cancelled(cancelled);
        }
        if (e instanceof IdempotentParameterMismatchException) {
            return new IdempotencyMismatchException(
                    "transactWrite: the idempotency token " + token
                            + " was used for another transaction within the last ten minutes; use a new token",
                    e);
        }
        return super.failure(e);
    }

    private TransactionCanceledException cancelled(
            software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException e) {
        List<WriteDescription> writes = Objects.requireNonNull(this.writes);
        List<CancellationReason> given = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        List<Reason> reasons = new ArrayList<>(writes.size());
        for (int i = 0; i < writes.size(); i++) {
            WriteDescription write = writes.get(i);
            CancellationReason r = i < given.size() ? given.get(i) : null;
            Reason reason = reason(r);
            if (reason.conditionFailed()) {
                Map<String, AttributeValue> old = r != null && r.hasItem() ? r.item() : null;
                // explain always gives a message.
                reason = new Reason(
                        reason.code(),
                        Objects.requireNonNull(
                                ConditionFailures.explain(write, old, e).getMessage()),
                        write.codec().readLeniently(old),
                        ConditionFailures.versionConflict(write, old) != null);
            }
            reasons.add(reason);
        }
        return cancelled("transactWrite: DynamoDB cancelled the transaction, nothing was written", reasons, e);
    }

    /** DynamoDB's reason for one action, as given: {@code None} where it gives none. */
    static Reason reason(@Nullable CancellationReason r) {
        String code = r == null || r.code() == null ? "None" : r.code();
        return new Reason(code, r == null || r.message() == null ? "" : r.message(), null, false);
    }

    /** The cancellation, its message naming each action that failed and why. */
    static TransactionCanceledException cancelled(String what, List<Reason> reasons, SdkException cause) {
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            Reason reason = reasons.get(i);
            if (reason.failed()) {
                failed.add(
                        "[" + i + "] " + reason.code() + (reason.message().isEmpty() ? "" : ": " + reason.message()));
            }
        }
        return new TransactionCanceledException(
                what + (failed.isEmpty() ? "" : "; " + String.join("; ", failed)), reasons, cause);
    }
}
