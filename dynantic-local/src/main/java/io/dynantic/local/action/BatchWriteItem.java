package io.dynantic.local.action;

import io.dynantic.local.ValidationException;
import io.dynantic.local.api.BatchWriteItemRequest;
import io.dynantic.local.api.BatchWriteItemResponse;
import io.dynantic.local.api.WriteRequest;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.PrimaryKey;
import io.dynantic.local.storage.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB's BatchWriteItem. Checks in order: an empty request, an empty list of writes, the number of writes, one
 * kind per write, item sizes (as PutItem); then, under the write lock, tables, keys (as DeleteItem, also for puts;
 * index keys as PutItem) and duplicates, and every write. All writes are applied, so UnprocessedItems is always
 * empty. With at most 25 items of at most 400 KB, a request cannot pass DynamoDB's 16 MB request limit once its
 * items are valid.
 */
public final class BatchWriteItem {
    /** The most writes one BatchWriteItem makes. */
    static final int MAX_WRITES = 25;

    // DynamoDB's message for more than 25 writes; confirmed from DynamoDB responses quoted in issues
    // ("ValidationException: Too many items requested for the BatchWriteItem call").
    static final String TOO_MANY_WRITES = "Too many items requested for the BatchWriteItem call";

    // DynamoDB's message for an empty RequestItems; confirmed from responses an emulator captured from DynamoDB
    // (nubo-db/dynoxide#17 and #198: "The requestItems parameter is required for BatchWriteItem").
    static final String EMPTY_REQUEST = "The requestItems parameter is required for BatchWriteItem";

    // DynamoDB's constraint message for a table with no writes; confirmed from dynalite's tests written against
    // DynamoDB and DynamoDB responses quoted in applications. DynamoDB quotes the whole request map, with Java's
    // rendering of each write; the engine quotes it only when it is reproducible: one table, no writes.
    static final String NO_WRITES = "1 validation error detected: Value %sat 'requestItems' failed to satisfy"
            + " constraint: Map value must satisfy constraint: [Member must have length less than or equal to 25,"
            + " Member must have length greater than or equal to 1]";

    // DynamoDB's message for a write with neither or both of PutRequest and DeleteRequest (the shape is a union
    // whose members DynamoDB's parser calls datatypes); confirmed from dynalite's validation written against
    // DynamoDB and from DynamoDB Local's answers quoted by emulators.
    static final String ONE_WRITE_KIND = "Supplied AttributeValue has more than one datatypes set, must contain"
            + " exactly one of the supported datatypes";

    private final Catalog catalog;

    public BatchWriteItem(Catalog catalog) {
        this.catalog = catalog;
    }

    public BatchWriteItemResponse execute(BatchWriteItemRequest request) {
        Map<String, List<WriteRequest>> requestItems = request.requestItems();
        if (requestItems.isEmpty()) {
            throw new ValidationException(EMPTY_REQUEST);
        }
        for (Map.Entry<String, List<WriteRequest>> entry : requestItems.entrySet()) {
            if (entry.getValue().isEmpty()) {
                String value = requestItems.size() == 1 ? "'{" + entry.getKey() + "=[]}' " : "";
                throw new ValidationException(String.format(NO_WRITES, value));
            }
        }
        int count = 0;
        for (List<WriteRequest> writes : requestItems.values()) {
            count += writes.size();
        }
        if (count > MAX_WRITES) {
            throw new ValidationException(TOO_MANY_WRITES);
        }
        for (List<WriteRequest> writes : requestItems.values()) {
            for (WriteRequest write : writes) {
                if ((write.putItem() == null) == (write.deleteKey() == null)) {
                    throw new ValidationException(ONE_WRITE_KIND);
                }
            }
        }
        for (List<WriteRequest> writes : requestItems.values()) {
            for (WriteRequest write : writes) {
                if (write.putItem() != null) {
                    ItemLimits.check(write.putItem(), ItemLimits.ITEM_TOO_LARGE);
                }
            }
        }
        return catalog.write(() -> {
            List<Runnable> applies = new ArrayList<>();
            Meter meter = new Meter(request.returnConsumedCapacity());
            for (Map.Entry<String, List<WriteRequest>> entry : requestItems.entrySet()) {
                Table table = Tables.require(catalog, entry.getKey());
                Set<PrimaryKey> seen = new HashSet<>();
                for (WriteRequest write : entry.getValue()) {
                    PrimaryKey key;
                    if (write.putItem() != null) {
                        key = Keys.ofBatchItem(table.keySchema(), write.putItem());
                        Keys.checkIndexKeys(table, write.putItem());
                        applies.add(() -> meter.write(table, table.put(write.putItem()), write.putItem(), 1));
                    } else {
                        key = Keys.ofKey(table.keySchema(), write.deleteKey());
                        applies.add(() -> meter.write(table, table.delete(key), null, 1));
                    }
                    if (!seen.add(key)) {
                        throw new ValidationException(Batches.DUPLICATE_KEYS);
                    }
                }
            }
            applies.forEach(Runnable::run);
            return new BatchWriteItemResponse(Map.of(), meter.all());
        });
    }
}
