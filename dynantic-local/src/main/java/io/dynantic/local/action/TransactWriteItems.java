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
 * DynamoDB's TransactWriteItems. Checks in order: the number of actions, the client request token's length, one
 * kind per action, each action's required expression and its own checks before the lock (as PutItem, UpdateItem
 * and DeleteItem make them); then, under the write lock: the client request token, tables and keys, one action per
 * item, each action's condition against the current item and its update (if one fails, nothing is applied and the
 * reasons name each action), and the writes.
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

    /** The longest client request token. */
    static final int MAX_TOKEN_LENGTH = 36;

    // DynamoDB's constraint message for a longer token, as DynamoDB's us-east-1 answers it (quoting the token);
    // confirmed from a conformance suite run against DynamoDB (paritysuite/dynamodb-conformance, transaction
    // validation ordering), which shows eu-west-2 moving to a form without the value, and from DynamoDB Local.
    static final String TOKEN_TOO_LONG = "1 validation error detected: Value '%s' at 'clientRequestToken' failed to"
            + " satisfy constraint: Member must have length less than or equal to 36";

    // DynamoDB's constraint message for a required member left out of an action (a ConditionCheck's
    // ConditionExpression, an Update's UpdateExpression), numbering the actions from 1; the member path is
    // DynamoDB Local's and emulators', the "1 validation error detected" form the one DynamoDB uses for constraints.
    static final String MISSING_MEMBER = "1 validation error detected: Value null at 'transactItems.%d.member.%s'"
            + " failed to satisfy constraint: Member must not be null";

    /** The code of a cancellation reason for an action that did not cause the cancellation. */
    static final String NONE = "None";

    /** The code of a cancellation reason for an action whose condition failed. */
    static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailed";

    // The reason code of an action whose key or index key does not fit its table's schema, or whose update fails on
    // the item (a missing operand, an operand of the wrong type, an invalid document path, a too large result);
    // confirmed from a conformance suite run against DynamoDB (paritysuite/dynamodb-conformance), which also shows
    // that an empty key or index key value is a request-level ValidationException instead. The API Reference lists
    // the update failures under TransactionCanceledException's "Validation Error".
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
        String token = request.clientRequestToken();
        if (token != null && token.length() > MAX_TOKEN_LENGTH) {
            throw new ValidationException(String.format(TOKEN_TOO_LONG, token));
        }
        List<RequestExpressions> expressions = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            expressions.add(checkRequest(actions.get(i), i + 1));
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
            List<Runnable> writes = new ArrayList<>();
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
                    writes.add(write(one, old));
                    reasons.add(new CancellationReason(NONE, null, null));
                } catch (ConditionalCheckFailedException e) {
                    cancelled = true;
                    reasons.add(new CancellationReason(CONDITIONAL_CHECK_FAILED, e.getMessage(), e.item()));
                } catch (ValidationException e) {
                    if (Keys.isUpdatedEmptyIndexKey(e)) {
                        throw e;
                    }
                    cancelled = true;
                    reasons.add(new CancellationReason(VALIDATION_ERROR, e.getMessage(), null));
                }
            }
            if (cancelled) {
                throw new TransactionCanceledException(reasons);
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

    /**
     * The checks before the lock of the action at {@code position} (from 1): its required expression, then those of
     * its single-item action; returns its parsed expressions.
     */
    private static RequestExpressions checkRequest(TransactWriteItem action, int position) {
        long kinds = Stream.of(action.put(), action.update(), action.delete(), action.conditionCheck())
                .filter(kind -> kind != null)
                .count();
        if (kinds != 1) {
            throw new ValidationException(ONE_KIND);
        }
        if (action.update() != null && action.update().updateExpression() == null) {
            throw new ValidationException(String.format(MISSING_MEMBER, position, "update.updateExpression"));
        }
        if (action.conditionCheck() != null && action.conditionCheck().conditionExpression() == null) {
            throw new ValidationException(
                    String.format(MISSING_MEMBER, position, "conditionCheck.conditionExpression"));
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

    /** The action's write, with the updated item computed and checked now; nothing for a ConditionCheck. */
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
