package io.dynantic.local.action;

import io.dynantic.local.api.PutItemRequest;
import io.dynantic.local.api.PutItemResponse;
import io.dynantic.local.api.ReturnValue;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.PrimaryKey;
import io.dynantic.local.storage.Table;
import io.dynantic.local.value.Value;
import java.util.Map;

/**
 * DynamoDB's PutItem. Checks in order: ReturnValues, item size, expressions and placeholders (the order of
 * dynalite, whose tests were written against DynamoDB), then table and key attributes; then, under the write lock,
 * the condition and the write.
 */
public final class PutItem {
    private final Catalog catalog;

    public PutItem(Catalog catalog) {
        this.catalog = catalog;
    }

    public PutItemResponse execute(PutItemRequest request) {
        RequestExpressions expressions = checkRequest(request);
        Map<String, Value> item = request.item();
        return catalog.write(() -> {
            Table table = Tables.require(catalog, request.tableName());
            PrimaryKey key = checkItem(table, item);
            Map<String, Value> old = table.get(key);
            Conditions.check(expressions.condition(), old, request.returnValuesOnConditionCheckFailure());
            table.put(item);
            Meter meter = new Meter(request.returnConsumedCapacity());
            meter.write(table, old, item, 1);
            return new PutItemResponse(request.returnValues() == ReturnValue.ALL_OLD ? old : null, meter.single());
        });
    }

    /** The checks before the lock (also of TransactWriteItems' Put); returns the parsed expressions. */
    static RequestExpressions checkRequest(PutItemRequest request) {
        Tables.requireName(request.tableName());
        Conditions.requireNoneOrAllOld(request.returnValues());
        ItemLimits.check(request.item(), ItemLimits.ITEM_TOO_LARGE);
        return RequestExpressions.parse(
                request.conditionExpression(),
                null,
                null,
                request.expressionAttributeNames(),
                request.expressionAttributeValues());
    }

    /** The item's checks against its table (also of TransactWriteItems' Put); returns its key. */
    static PrimaryKey checkItem(Table table, Map<String, Value> item) {
        PrimaryKey key = Keys.ofItem(table.keySchema(), item);
        Keys.checkIndexKeys(table, item);
        return key;
    }
}
