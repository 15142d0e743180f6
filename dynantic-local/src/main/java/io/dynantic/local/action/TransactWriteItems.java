package io.dynantic.local.action;

import io.dynantic.local.ConditionalCheckFailedException;
import io.dynantic.local.IdempotentParameterMismatchException;
import io.dynantic.local.TransactionCanceledException;
import io.dynantic.local.ValidationException;
import io.dynantic.local.api.CancellationReason;
import io.dynantic.local.api.ReturnValuesOnConditionCheckFailure;
import io.dynantic.local.api.TransactWriteItem;
import io.dynantic.local.api.TransactWriteItemsRequest;
import io.dynantic.local.api.TransactWriteItemsResponse;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.PrimaryKey;
import io.dynantic.local.storage.Table;
import io.dynantic.local.value.Value;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * DynamoDB's TransactWriteItems. Checks in order: the number of actions, one kind per action, each action's own
 * checks before the lock (as PutItem, UpdateItem and DeleteItem make them); then, under the write lock: the client
 * request token, tables and keys, one action per item, every condition against the current items (if one fails,
 * nothing is applied and the reasons name each action), the updated items' checks, and the writes.
 */
public final class TransactWriteItems {
    /** The most actions one transaction holds. */
    static final int MAX_ACTIONS = 100;

    /** How long DynamoDB remembers a client request token. */
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

    // DynamoDB's message for two actions on one item; confirmed from DynamoDB responses quoted in issues
    // (getmoto/moto#6685: "Transaction request cannot include multiple operations on one item").
    static final String MULTIPLE_OPERATIONS = "Transaction request cannot include multiple operations on one item";

    // DynamoDB's message for an action of none or several kinds; confirmed from moto's test written against
    // DynamoDB (getmoto/moto#5521: "TransactItems can only contain one of Check, Put, Update or Delete").
    static final String ONE_KIND = "TransactItems can only contain one of Check, Put, Update or Delete";

    // DynamoDB's constraint message for more than 100; NOT confirmed as written (DynamoDB's text also quotes the
    // value, as in "Value '[...]' at 'transactItems'", which this engine leaves out). For none, the message
    // emulators tested against DynamoDB send (nubo-db/dynoxide: "Value '[]' at 'transactItems'").
    static final String TOO_MANY_ACTIONS = "1 validation error detected: Value at 'transactItems' failed to satisfy"
            + " constraint: Member must have length less than or equal to 100";
    static final String NO_ACTIONS = "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy"
            + " constraint: Member must have length greater than or equal to 1";

    /** The code of a cancellation reason for an action that did not cause the cancellation. */
    static final String NONE = "None";

    /** The code of a cancellation reason for an action whose condition failed. */
    static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailed";

    // The reason code of an action whose key does not fit its table's key schema; confirmed from a conformance
    // suite run against DynamoDB (paritysuite/dynamodb-conformance), which also shows that an empty key value is a
    // request-level ValidationException instead.
    static final String VALIDATION_ERROR = "ValidationError";

    private record Issued(TransactWriteItemsRequest request, Instant expiry) {}

    private record Target(Table table, PrimaryKey key) {}

    /** An action with its table and key, or with the key's problem ({@code key} null) for its cancellation reason. */
    private record Staged(
            TransactWriteItem action,
            Table table,
            PrimaryKey key,
            RequestExpressions expressions,
            ReturnValuesOnConditionCheckFailure onFailure,
            String keyProblem) {}

    private final Catalog catalog;

    /** Client request tokens of the last 10 minutes; guarded by the catalog's write lock. */
    private final Map<String, Issued> tokens = new HashMap<>();

    public TransactWriteItems(Catalog catalog) {
        this.catalog = catalog;
    }

    public TransactWriteItemsResponse execute(TransactWriteItemsRequest request) {
        List<TransactWriteItem> actions = request.transactItems();
        if (actions.isEmpty()) {
            throw new ValidationException(NO_ACTIONS);
        }
        if (actions.size() > MAX_ACTIONS) {
            throw new ValidationException(TOO_MANY_ACTIONS);
        }
        List<RequestExpressions> expressions = new ArrayList<>();
        for (TransactWriteItem action : actions) {
            expressions.add(checkRequest(action));
        }
        return catalog.write(() -> {
            Instant now = catalog.clock().instant();
            tokens.values().removeIf(issued -> !issued.expiry().isAfter(now));
            if (request.clientRequestToken() != null) {
                Issued issued = tokens.get(request.clientRequestToken());
                if (issued != null) {
                    if (!issued.request().equals(request)) {
                        throw new IdempotentParameterMismatchException();
                    }
                    return new TransactWriteItemsResponse();
                }
            }
            List<Staged> staged = new ArrayList<>();
            Set<Target> targets = new HashSet<>();
            for (int i = 0; i < actions.size(); i++) {
                Staged one = stage(actions.get(i), expressions.get(i));
                if (one.key() != null && !targets.add(new Target(one.table(), one.key()))) {
                    throw new ValidationException(MULTIPLE_OPERATIONS);
                }
                staged.add(one);
            }
            List<Map<String, Value>> olds = new ArrayList<>();
            List<CancellationReason> reasons = new ArrayList<>();
            boolean cancelled = false;
            for (Staged one : staged) {
                if (one.keyProblem() != null) {
                    cancelled = true;
                    olds.add(null);
                    reasons.add(new CancellationReason(VALIDATION_ERROR, one.keyProblem(), null));
                    continue;
                }
                Map<String, Value> old = one.table().get(one.key());
                olds.add(old);
                try {
                    Conditions.check(one.expressions().condition(), old, one.onFailure());
                    reasons.add(new CancellationReason(NONE, null, null));
                } catch (ConditionalCheckFailedException e) {
                    cancelled = true;
                    reasons.add(new CancellationReason(CONDITIONAL_CHECK_FAILED, e.getMessage(), e.item()));
                }
            }
            if (cancelled) {
                throw new TransactionCanceledException(reasons);
            }
            List<Runnable> writes = new ArrayList<>();
            for (int i = 0; i < staged.size(); i++) {
                writes.add(write(staged.get(i), olds.get(i)));
            }
            writes.forEach(Runnable::run);
            Meter meter = new Meter(request.returnConsumedCapacity());
            for (int i = 0; i < staged.size(); i++) {
                Staged one = staged.get(i);
                meter.write(one.table(), olds.get(i), one.table().get(one.key()), 2);
            }
            if (request.clientRequestToken() != null) {
                tokens.put(request.clientRequestToken(), new Issued(request, now.plus(TOKEN_LIFETIME)));
            }
            return new TransactWriteItemsResponse(meter.all());
        });
    }

    /** The action's checks before the lock, those of its single-item action; returns its parsed expressions. */
    private static RequestExpressions checkRequest(TransactWriteItem action) {
        long kinds = Stream.of(action.put(), action.update(), action.delete(), action.conditionCheck())
                .filter(kind -> kind != null)
                .count();
        if (kinds != 1) {
            throw new ValidationException(ONE_KIND);
        }
        if (action.put() != null) {
            return PutItem.checkRequest(action.put());
        }
        if (action.update() != null) {
            return UpdateItem.checkRequest(action.update());
        }
        if (action.delete() != null) {
            return DeleteItem.checkRequest(action.delete());
        }
        Tables.requireName(action.conditionCheck().tableName());
        return RequestExpressions.parse(
                action.conditionCheck().conditionExpression(),
                null,
                null,
                action.conditionCheck().expressionAttributeNames(),
                action.conditionCheck().expressionAttributeValues());
    }

    /**
     * The action's table and key, checked as its single-item action checks them; under the write lock. A key value
     * of the wrong type becomes the action's ValidationError reason, as DynamoDB reports it; other problems (an empty
     * key value, a missing key attribute) fail the whole request.
     */
    private Staged stage(TransactWriteItem action, RequestExpressions expressions) {
        Table table = Tables.require(catalog, tableName(action));
        ReturnValuesOnConditionCheckFailure onFailure = action.put() != null
                ? action.put().returnValuesOnConditionCheckFailure()
                : action.update() != null
                        ? action.update().returnValuesOnConditionCheckFailure()
                        : action.delete() != null
                                ? action.delete().returnValuesOnConditionCheckFailure()
                                : action.conditionCheck().returnValuesOnConditionCheckFailure();
        try {
            return new Staged(action, table, key(table, action, expressions), expressions, onFailure, null);
        } catch (ValidationException e) {
            if (!Keys.isKeyTypeProblem(e)) {
                throw e;
            }
            return new Staged(action, table, null, expressions, onFailure, e.getMessage());
        }
    }

    private static String tableName(TransactWriteItem action) {
        return action.put() != null
                ? action.put().tableName()
                : action.update() != null
                        ? action.update().tableName()
                        : action.delete() != null
                                ? action.delete().tableName()
                                : action.conditionCheck().tableName();
    }

    private static PrimaryKey key(Table table, TransactWriteItem action, RequestExpressions expressions) {
        if (action.put() != null) {
            return PutItem.checkItem(table, action.put().item());
        }
        if (action.update() != null) {
            return UpdateItem.checkKey(table, action.update(), UpdateItem.update(expressions));
        }
        if (action.delete() != null) {
            return Keys.ofKey(table.keySchema(), action.delete().key());
        }
        return Keys.ofKey(table.keySchema(), action.conditionCheck().key());
    }

    /** The action's write, with the updated item already computed and checked; nothing for a ConditionCheck. */
    private static Runnable write(Staged staged, Map<String, Value> old) {
        TransactWriteItem action = staged.action();
        Table table = staged.table();
        if (action.put() != null) {
            return () -> table.put(action.put().item());
        }
        if (action.update() != null) {
            Map<String, Value> updated =
                    UpdateItem.updated(table, action.update(), UpdateItem.update(staged.expressions()), old);
            return updated == null ? () -> {} : () -> table.put(updated);
        }
        if (action.delete() != null) {
            return () -> table.delete(staged.key());
        }
        return () -> {};
    }
}
