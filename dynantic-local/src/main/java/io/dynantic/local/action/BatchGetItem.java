package io.dynantic.local.action;

import io.dynantic.local.ValidationException;
import io.dynantic.local.api.BatchGetItemRequest;
import io.dynantic.local.api.BatchGetItemResponse;
import io.dynantic.local.api.KeysAndAttributes;
import io.dynantic.local.expression.eval.Projector;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.PrimaryKey;
import io.dynantic.local.storage.Table;
import io.dynantic.local.value.ItemSize;
import io.dynantic.local.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB's BatchGetItem. Checks in order: an empty request, empty and too long key lists, projections and placeholders, the
 * number of keys; then, under one read lock, tables, keys and duplicates, and the reads. Keys whose items would
 * take the response past 16 MB are returned in UnprocessedKeys.
 */
public final class BatchGetItem {
    /** The most keys one BatchGetItem reads. */
    static final int MAX_KEYS = 100;

    /** The largest BatchGetItem response: 16 MB. */
    static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    // DynamoDB's message for more than 100 keys; confirmed from the DynamoDB API Reference as quoted in issues
    // ("BatchGetItem returns a ValidationException with the message "Too many items requested for the
    // BatchGetItem call."").
    static final String TOO_MANY_KEYS = "Too many items requested for the BatchGetItem call";

    // DynamoDB's message for more than 100 keys of one table; from moto's check, written after DynamoDB's answers
    // (getmoto/moto#3046: one table and all tables get different messages); DynamoDB captured in 2026 also
    // writes 'RequestItems.%s.member.Keys', so this text is only partly confirmed.
    static final String TOO_MANY_TABLE_KEYS = "1 validation error detected: Value at 'requestItems.%s.member.keys'"
            + " failed to satisfy constraint: Member must have length less than or equal to 100";

    // DynamoDB's message for a table with an empty key list; confirmed from a DynamoDB response quoted in an
    // issue ("1 validation error detected: Value '[]' at 'requestItems.Auth.member.keys' failed to satisfy
    // constraint: Member must have length greater than or equal to 1").
    static final String EMPTY_KEYS = "1 validation error detected: Value '[]' at 'requestItems.%s.member.keys'"
            + " failed to satisfy constraint: Member must have length greater than or equal to 1";

    // DynamoDB's message for an empty RequestItems; confirmed from responses an emulator captured from DynamoDB in
    // 2026 (nubo-db/dynoxide#198: "1 validation error detected: Value at 'RequestItems' failed to satisfy
    // constraint: Member must have length greater than or equal to 1"; one region still answered with the older
    // "The requestItems parameter is required for BatchGetItem").
    static final String EMPTY_REQUEST = "1 validation error detected: Value at 'RequestItems' failed to satisfy"
            + " constraint: Member must have length greater than or equal to 1";

    private final Catalog catalog;

    public BatchGetItem(Catalog catalog) {
        this.catalog = catalog;
    }

    public BatchGetItemResponse execute(BatchGetItemRequest request) {
        if (request.requestItems().isEmpty()) {
            throw new ValidationException(EMPTY_REQUEST);
        }
        Map<String, RequestExpressions> expressions = new LinkedHashMap<>();
        int count = 0;
        for (Map.Entry<String, KeysAndAttributes> entry : request.requestItems().entrySet()) {
            KeysAndAttributes reads = entry.getValue();
            if (reads.keys().isEmpty()) {
                throw new ValidationException(String.format(EMPTY_KEYS, entry.getKey()));
            }
            if (reads.keys().size() > MAX_KEYS) {
                throw new ValidationException(String.format(TOO_MANY_TABLE_KEYS, entry.getKey()));
            }
            count += reads.keys().size();
            expressions.put(
                    entry.getKey(),
                    RequestExpressions.parse(
                            null, null, reads.projectionExpression(), reads.expressionAttributeNames(), Map.of()));
        }
        if (count > MAX_KEYS) {
            throw new ValidationException(TOO_MANY_KEYS);
        }
        return catalog.read(() -> {
            Map<String, Table> tables = new LinkedHashMap<>();
            Map<String, List<PrimaryKey>> keys = new LinkedHashMap<>();
            for (Map.Entry<String, KeysAndAttributes> entry :
                    request.requestItems().entrySet()) {
                Table table = Tables.require(catalog, entry.getKey());
                Set<PrimaryKey> seen = new HashSet<>();
                List<PrimaryKey> tableKeys = new ArrayList<>();
                for (Map<String, Value> key : entry.getValue().keys()) {
                    PrimaryKey primaryKey = Keys.ofKey(table.keySchema(), key);
                    if (!seen.add(primaryKey)) {
                        throw new ValidationException(Batches.DUPLICATE_KEYS);
                    }
                    tableKeys.add(primaryKey);
                }
                tables.put(entry.getKey(), table);
                keys.put(entry.getKey(), tableKeys);
            }
            Map<String, List<Map<String, Value>>> responses = new LinkedHashMap<>();
            Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
            Meter meter = new Meter(request.returnConsumedCapacity());
            long size = 0;
            for (Map.Entry<String, KeysAndAttributes> entry :
                    request.requestItems().entrySet()) {
                String name = entry.getKey();
                List<Map<String, Value>> items = new ArrayList<>();
                List<Map<String, Value>> left = new ArrayList<>();
                List<PrimaryKey> tableKeys = keys.get(name);
                for (int i = 0; i < tableKeys.size(); i++) {
                    Map<String, Value> item = tables.get(name).get(tableKeys.get(i));
                    meter.readItem(tables.get(name), item, entry.getValue().consistentRead(), 1);
                    if (item == null) {
                        continue;
                    }
                    if (expressions.get(name).projection() != null) {
                        item = Projector.project(item, expressions.get(name).projection());
                    }
                    long itemSize = ItemSize.of(item);
                    if (!unprocessed.isEmpty() || !left.isEmpty() || size + itemSize > MAX_RESPONSE_BYTES) {
                        left.add(entry.getValue().keys().get(i));
                    } else {
                        size += itemSize;
                        items.add(item);
                    }
                }
                responses.put(name, items);
                if (!left.isEmpty()) {
                    unprocessed.put(
                            name, entry.getValue().toBuilder().keys(left).build());
                }
            }
            return new BatchGetItemResponse(responses, unprocessed, meter.all());
        });
    }
}
