package io.dynantic.local.action;

import io.dynantic.local.ValidationException;
import io.dynantic.local.api.UpdateItemRequest;
import io.dynantic.local.api.UpdateItemResponse;
import io.dynantic.local.expression.Path;
import io.dynantic.local.expression.PathElement;
import io.dynantic.local.expression.ProjectionExpression;
import io.dynantic.local.expression.UpdateAction;
import io.dynantic.local.expression.UpdateExpression;
import io.dynantic.local.expression.eval.Projector;
import io.dynantic.local.expression.eval.UpdateApplier;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.KeySchema;
import io.dynantic.local.storage.PrimaryKey;
import io.dynantic.local.storage.Table;
import io.dynantic.local.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB's UpdateItem. Checks in order: expressions and placeholders, table, key, no action on a key attribute;
 * then, under the write lock, the condition, the update (creating the item from its key when missing), the size
 * of the result and the write.
 */
public final class UpdateItem {
    // DynamoDB's message; confirmed from DynamoDB responses quoted in issues (truora/minidyn#76, dynamoose#382:
    // "One or more parameter values were invalid: Cannot update attribute createdAt. This attribute is part of the
    // key").
    static final String KEY_UPDATE =
            "One or more parameter values were invalid: Cannot update attribute %s. This attribute is part of the key";

    private final Catalog catalog;

    public UpdateItem(Catalog catalog) {
        this.catalog = catalog;
    }

    public UpdateItemResponse execute(UpdateItemRequest request) {
        RequestExpressions expressions = checkRequest(request);
        // UpdateItem (unlike a transaction's Update) refuses too deep values before it starts.
        ItemLimits.checkDepth(request.expressionAttributeValues().values());
        UpdateExpression update = update(expressions);
        return catalog.write(() -> {
            Table table = Tables.require(catalog, request.tableName());
            PrimaryKey key = checkKey(table, request, update);
            Map<String, Value> old = table.get(key);
            Conditions.check(expressions.condition(), old, request.returnValuesOnConditionCheckFailure());
            Map<String, Value> updated = updated(table, request, update, old);
            Meter meter = new Meter(request.returnConsumedCapacity());
            meter.write(table, old, updated, 1);
            if (updated == null) {
                return new UpdateItemResponse(null, meter.single());
            }
            table.put(updated);
            return new UpdateItemResponse(returned(request, update, old, updated), meter.single());
        });
    }

    /** The checks before the lock (also of TransactWriteItems' Update); returns the parsed expressions. */
    static RequestExpressions checkRequest(UpdateItemRequest request) {
        Tables.requireName(request.tableName());
        return RequestExpressions.parse(
                request.conditionExpression(),
                request.updateExpression(),
                null,
                request.expressionAttributeNames(),
                request.expressionAttributeValues());
    }

    /** The request's update; empty without an UpdateExpression. */
    static UpdateExpression update(RequestExpressions expressions) {
        return expressions.update() == null ? new UpdateExpression(List.of()) : expressions.update();
    }

    /** The key's checks against the table, and that no action updates a key attribute; returns the key. */
    static PrimaryKey checkKey(Table table, UpdateItemRequest request, UpdateExpression update) {
        KeySchema schema = table.keySchema();
        PrimaryKey key = Keys.ofKey(schema, request.key());
        for (UpdateAction action : update.actions()) {
            String attribute = ((PathElement.Attribute) action.path().elements().get(0)).name();
            if (schema.isKey(attribute)) {
                throw new ValidationException(String.format(KEY_UPDATE, attribute));
            }
        }
        return key;
    }

    /**
     * The item after the update, checked for size and index keys; {@code null} when nothing is written (a missing
     * item that the update only removes from).
     */
    static Map<String, Value> updated(
            Table table, UpdateItemRequest request, UpdateExpression update, Map<String, Value> old) {
        if (old == null && onlyRemoves(update)) {
            return null;
        }
        Map<String, Value> start = old == null ? new LinkedHashMap<>(request.key()) : old;
        Map<String, Value> updated = UpdateApplier.apply(update, start);
        ItemLimits.check(updated, ItemLimits.UPDATE_TOO_LARGE);
        Keys.checkUpdatedIndexKeys(table, updated);
        return updated;
    }

    /**
     * Whether the update only removes attributes: DynamoDB then does not create a missing item (an empty update
     * does create it). Confirmed from scylladb/scylladb#5862, whose test passes on DynamoDB (there with the legacy
     * AttributeUpdates DELETE; REMOVE in an UpdateExpression is taken to behave the same).
     */
    private static boolean onlyRemoves(UpdateExpression update) {
        return !update.actions().isEmpty()
                && update.actions().stream().allMatch(a -> a instanceof UpdateAction.RemoveAction);
    }

    private static Map<String, Value> returned(
            UpdateItemRequest request, UpdateExpression update, Map<String, Value> old, Map<String, Value> updated) {
        List<Path> paths = update.actions().stream().map(UpdateAction::path).toList();
        Map<String, Value> result = switch (request.returnValues()) {
            case NONE -> null;
            case ALL_OLD -> old;
            case ALL_NEW -> updated;
            case UPDATED_OLD ->
                old == null || paths.isEmpty() ? null : Projector.project(old, new ProjectionExpression(paths));
            case UPDATED_NEW -> paths.isEmpty() ? null : Projector.project(updated, new ProjectionExpression(paths));
        };
        return result == null || result.isEmpty() ? null : result;
    }
}
