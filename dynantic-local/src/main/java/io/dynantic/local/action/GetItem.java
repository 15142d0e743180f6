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
        return catalog.read(() -> read(catalog, request, expressions));
    }

    /** The checks before the lock (also of TransactGetItems' Get); returns the parsed projection. */
    static RequestExpressions checkRequest(GetItemRequest request) {
        Tables.requireName(request.tableName());
        return RequestExpressions.parse(
                null, null, request.projectionExpression(), request.expressionAttributeNames(), Map.of());
    }

    /** The read, under a read lock the caller holds: table, key, item, projection. */
    static GetItemResponse read(Catalog catalog, GetItemRequest request, RequestExpressions expressions) {
        Table table = Tables.require(catalog, request.tableName());
        Map<String, Value> item = table.get(Keys.ofKey(table.keySchema(), request.key()));
        if (item != null && expressions.projection() != null) {
            item = Projector.project(item, expressions.projection());
        }
        return new GetItemResponse(item);
    }
}
