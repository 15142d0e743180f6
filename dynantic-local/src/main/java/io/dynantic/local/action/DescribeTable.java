package io.dynantic.local.action;

import io.dynantic.local.ResourceNotFoundException;
import io.dynantic.local.api.DescribeTableRequest;
import io.dynantic.local.api.DescribeTableResponse;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.Table;

/** DynamoDB's DescribeTable. */
public final class DescribeTable {
    private final Catalog catalog;

    public DescribeTable(Catalog catalog) {
        this.catalog = catalog;
    }

    public DescribeTableResponse execute(DescribeTableRequest request) {
        Tables.requireName(request.tableName());
        return catalog.read(() -> {
            Table table = catalog.get(request.tableName());
            if (table == null) {
                throw ResourceNotFoundException.table(request.tableName());
            }
            return new DescribeTableResponse(Tables.describe(table));
        });
    }
}
