package io.dynantic.local.action;

import io.dynantic.local.ResourceNotFoundException;
import io.dynantic.local.api.DeleteTableRequest;
import io.dynantic.local.api.DeleteTableResponse;
import io.dynantic.local.api.TableStatus;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.Table;

/** DynamoDB's DeleteTable: the table and its items are gone at once. */
public final class DeleteTable {
    private final Catalog catalog;

    public DeleteTable(Catalog catalog) {
        this.catalog = catalog;
    }

    public DeleteTableResponse execute(DeleteTableRequest request) {
        Tables.requireName(request.tableName());
        return catalog.write(() -> {
            Table table = catalog.remove(request.tableName());
            if (table == null) {
                throw ResourceNotFoundException.table(request.tableName());
            }
            return new DeleteTableResponse(Tables.describe(table, TableStatus.DELETING));
        });
    }
}
