package io.dynantic.local.action;

import io.dynantic.local.api.DeleteItemRequest;
import io.dynantic.local.api.DeleteItemResponse;
import io.dynantic.local.api.ReturnValue;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.PrimaryKey;
import io.dynantic.local.storage.Table;
import io.dynantic.local.value.Value;
import java.util.Map;

/**
 * DynamoDB's DeleteItem. Checks in order: ReturnValues, expressions and placeholders, table, key; then, under
 * the write lock, the condition and the delete.
 */
public final class DeleteItem {
    private final Catalog catalog;

    public DeleteItem(Catalog catalog) {
        this.catalog = catalog;
    }

    public DeleteItemResponse execute(DeleteItemRequest request) {
        RequestExpressions expressions = checkRequest(request);
        return catalog.write(() -> {
            Table table = Tables.require(catalog, request.tableName());
            PrimaryKey key = Keys.ofKey(table.keySchema(), request.key());
            Map<String, Value> old = table.get(key);
            Conditions.check(expressions.condition(), old, request.returnValuesOnConditionCheckFailure());
            table.delete(key);
            Meter meter = new Meter(request.returnConsumedCapacity());
            meter.write(table, old, null, 1);
            return new DeleteItemResponse(request.returnValues() == ReturnValue.ALL_OLD ? old : null, meter.single());
        });
    }

    /** The checks before the lock (also of TransactWriteItems' Delete); returns the parsed expressions. */
    static RequestExpressions checkRequest(DeleteItemRequest request) {
        Tables.requireName(request.tableName());
        Conditions.requireNoneOrAllOld(request.returnValues());
        return RequestExpressions.parse(
                request.conditionExpression(),
                null,
                null,
                request.expressionAttributeNames(),
                request.expressionAttributeValues());
    }
}
