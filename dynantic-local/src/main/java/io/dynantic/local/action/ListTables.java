package io.dynantic.local.action;

import io.dynantic.local.ValidationException;
import io.dynantic.local.api.ListTablesRequest;
import io.dynantic.local.api.ListTablesResponse;
import io.dynantic.local.storage.Catalog;
import java.util.List;

/** DynamoDB's ListTables: names in order, at most {@code Limit} (1 to 100, default 100) per page. */
public final class ListTables {
    static final int MAX_LIMIT = 100;

    // DynamoDB's constraint messages for Limit. The upper bound's text is confirmed from a negative test suite run
    // against DynamoDB ("1 validation error detected: Value '200' at 'limit' failed to satisfy constraint: Member
    // must have value less than or equal to 100"); the lower bound's is its twin, not confirmed for ListTables.
    static final String LIMIT_TOO_SMALL = "1 validation error detected: Value '%d' at 'limit' failed to satisfy"
            + " constraint: Member must have value greater than or equal to 1";
    static final String LIMIT_TOO_LARGE = "1 validation error detected: Value '%d' at 'limit' failed to satisfy"
            + " constraint: Member must have value less than or equal to 100";

    private final Catalog catalog;

    public ListTables(Catalog catalog) {
        this.catalog = catalog;
    }

    public ListTablesResponse execute(ListTablesRequest request) {
        Integer limit = request.limit();
        if (limit != null && limit < 1) {
            throw new ValidationException(String.format(LIMIT_TOO_SMALL, limit));
        }
        if (limit != null && limit > MAX_LIMIT) {
            throw new ValidationException(String.format(LIMIT_TOO_LARGE, limit));
        }
        int max = limit == null ? MAX_LIMIT : limit;
        return catalog.read(() -> {
            List<String> names = catalog.names(request.exclusiveStartTableName(), max);
            String last = names.size() == max && catalog.hasAfter(names.get(names.size() - 1))
                    ? names.get(names.size() - 1)
                    : null;
            return new ListTablesResponse(names, last);
        });
    }
}
