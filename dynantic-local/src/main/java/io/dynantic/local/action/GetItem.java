package io.dynantic.local.action;

import io.dynantic.local.api.GetItemRequest;
import io.dynantic.local.api.GetItemResponse;
import io.dynantic.local.expression.eval.Projector;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.Table;
import io.dynantic.local.value.Value;
import java.util.Map;

/** DynamoDB's GetItem. Checks in order: projection and placeholders, table, key; then reads under the read lock. */
public final class GetItem {
    private final Catalog catalog;

    public GetItem(Catalog catalog) {
        this.catalog = catalog;
    }

    public GetItemResponse execute(GetItemRequest request) {
        RequestExpressions expressions = checkRequest(request);
        return catalog.read(() -> {
            Meter meter = new Meter(request.returnConsumedCapacity());
            return new GetItemResponse(read(catalog, request, expressions, meter, 1), meter.single());
        });
    }

    /** The checks before the lock (also of TransactGetItems' Get); returns the parsed projection. */
    static RequestExpressions checkRequest(GetItemRequest request) {
        Tables.requireName(request.tableName());
        return RequestExpressions.parse(
                null, null, request.projectionExpression(), request.expressionAttributeNames(), Map.of());
    }

    /**
     * The read, under a read lock the caller holds: table, key, item, projection; the item or {@code null}. Meters
     * the item read {@code factor} times over (a transactional read costs double).
     */
    static Map<String, Value> read(
            Catalog catalog, GetItemRequest request, RequestExpressions expressions, Meter meter, int factor) {
        Table table = Tables.require(catalog, request.tableName());
        Map<String, Value> item = table.get(Keys.ofKey(table.keySchema(), request.key()));
        meter.readItem(table, item, request.consistentRead() || factor > 1, factor);
        if (item != null && expressions.projection() != null) {
            item = Projector.project(item, expressions.projection());
        }
        return item;
    }
}
