package io.dynantic.local.action;

import io.dynantic.local.TransactionCanceledException;
import io.dynantic.local.ValidationException;
import io.dynantic.local.api.CancellationReason;
import io.dynantic.local.api.GetItemRequest;
import io.dynantic.local.api.GetItemResponse;
import io.dynantic.local.api.TransactGetItemsRequest;
import io.dynantic.local.api.TransactGetItemsResponse;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.PrimaryKey;
import io.dynantic.local.storage.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DynamoDB's TransactGetItems. Checks in order: the number of Gets, each Get's checks before the lock (as GetItem
 * makes them); then, under one read lock, tables, keys and one Get per item (refused as TransactWriteItems refuses two
 * actions on one item), and every read, so the items are one consistent snapshot.
 */
public final class TransactGetItems {
    /** The most Gets one TransactGetItems holds. */
    static final int MAX_GETS = 100;

    // DynamoDB's constraint message for more than 100; NOT confirmed as written (DynamoDB's text also quotes the
    // value, as in "Value '[...]' at 'transactItems'", which this engine leaves out). For none, the message
    // emulators tested against DynamoDB send (nubo-db/dynoxide: "Value '[]' at 'transactItems'").
    static final String TOO_MANY_GETS = "1 validation error detected: Value at 'transactItems' failed to satisfy"
            + " constraint: Member must have length less than or equal to 100";
    static final String NO_GETS = "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy"
            + " constraint: Member must have length greater than or equal to 1";

    private final Catalog catalog;

    public TransactGetItems(Catalog catalog) {
        this.catalog = catalog;
    }

    public TransactGetItemsResponse execute(TransactGetItemsRequest request) {
        List<GetItemRequest> gets = request.transactItems();
        if (gets.isEmpty()) {
            throw new ValidationException(NO_GETS);
        }
        if (gets.size() > MAX_GETS) {
            throw new ValidationException(TOO_MANY_GETS);
        }
        List<RequestExpressions> expressions = new ArrayList<>();
        for (GetItemRequest get : gets) {
            expressions.add(GetItem.checkRequest(get));
        }
        return catalog.read(() -> {
            Set<List<Object>> targets = new HashSet<>();
            List<CancellationReason> reasons = new ArrayList<>();
            boolean cancelled = false;
            for (GetItemRequest get : gets) {
                Table table = Tables.require(catalog, get.tableName());
                PrimaryKey key;
                try {
                    key = Keys.ofKey(table.keySchema(), get.key());
                } catch (ValidationException e) {
                    // A key that does not fit the table cancels the read with a ValidationError reason, as
                    // DynamoDB answers (paritysuite/dynamodb-conformance, error-messages/transactGetItems).
                    if (!Keys.isKeyTypeProblem(e)) {
                        throw e;
                    }
                    cancelled = true;
                    reasons.add(new CancellationReason(TransactWriteItems.VALIDATION_ERROR, e.getMessage(), null));
                    continue;
                }
                if (!targets.add(List.of(table, key))) {
                    throw new ValidationException(TransactWriteItems.MULTIPLE_OPERATIONS);
                }
                reasons.add(new CancellationReason(TransactWriteItems.NONE, null, null));
            }
            if (cancelled) {
                throw new TransactionCanceledException(reasons);
            }
            List<GetItemResponse> responses = new ArrayList<>();
            Meter meter = new Meter(request.returnConsumedCapacity());
            for (int i = 0; i < gets.size(); i++) {
                responses.add(new GetItemResponse(GetItem.read(catalog, gets.get(i), expressions.get(i), meter, 2)));
            }
            return new TransactGetItemsResponse(responses, meter.all());
        });
    }
}
