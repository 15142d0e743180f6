package io.dynantic.local.action;

import io.dynantic.local.ValidationException;
import io.dynantic.local.api.Select;
import io.dynantic.local.expression.Condition;
import io.dynantic.local.expression.ProjectionExpression;
import io.dynantic.local.expression.eval.ConditionEvaluator;
import io.dynantic.local.expression.eval.Projector;
import io.dynantic.local.storage.KeySchema;
import io.dynantic.local.storage.PrimaryKey;
import io.dynantic.local.value.ItemSize;
import io.dynantic.local.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks and the paging shared by Query and Scan. */
final class Reads {
    /** The most item bytes one page reads, by {@link ItemSize}: DynamoDB's 1 MB. */
    static final long MAX_PAGE_BYTES = 1024 * 1024;

    // DynamoDB's message for a Limit below 1; the "1 validation error detected" form of its request validation,
    // confirmed from dynalite's tests recorded against DynamoDB and from emulators' conformance tests.
    static final String LIMIT_TOO_SMALL = "1 validation error detected: Value '%d' at 'limit' failed to satisfy"
            + " constraint: Member must have value greater than or equal to 1";

    // DynamoDB's message for a projection with Select ALL_ATTRIBUTES; confirmed from emulators' conformance tests
    // written against DynamoDB ("Cannot specify the ProjectionExpression when choosing to get ALL_ATTRIBUTES").
    static final String PROJECTION_WITH_ALL_ATTRIBUTES =
            "Cannot specify the ProjectionExpression when choosing to get ALL_ATTRIBUTES";

    // The same for Select COUNT; the text follows the ALL_ATTRIBUTES message. Unconfirmed.
    static final String PROJECTION_WITH_COUNT = "Cannot specify the ProjectionExpression when choosing to get COUNT";

    // DynamoDB's message for Select SPECIFIC_ATTRIBUTES without a projection, as dynalite writes it. Unconfirmed.
    static final String SPECIFIC_WITHOUT_PROJECTION =
            "Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES";

    // DynamoDB's message for Select ALL_PROJECTED_ATTRIBUTES without IndexName, as dynalite's tests recorded
    // against DynamoDB write it. Unconfirmed in a DynamoDB response seen in this session.
    static final String ALL_PROJECTED_WITHOUT_INDEX =
            "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName";

    // DynamoDB's message for an IndexName the table does not have, as dynalite writes it. Unconfirmed.
    static final String NO_SUCH_INDEX = "The table does not have the specified index: %s";

    // DynamoDB's prefix for a malformed ExclusiveStartKey, followed by the key check's message, as dynalite
    // writes it. Unconfirmed.
    static final String INVALID_START_KEY = "The provided starting key is invalid: ";

    private Reads() {}

    /** Checks Limit, then Select against the projection and the index; returns the effective Select. */
    static Select checkSelect(Integer limit, Select select, String projection, String indexName) {
        if (limit != null && limit < 1) {
            throw new ValidationException(String.format(LIMIT_TOO_SMALL, limit));
        }
        if (select == Select.ALL_PROJECTED_ATTRIBUTES && indexName == null) {
            throw new ValidationException(ALL_PROJECTED_WITHOUT_INDEX);
        }
        if (projection != null && select == Select.ALL_ATTRIBUTES) {
            throw new ValidationException(PROJECTION_WITH_ALL_ATTRIBUTES);
        }
        if (projection != null && select == Select.COUNT) {
            throw new ValidationException(PROJECTION_WITH_COUNT);
        }
        if (projection == null && select == Select.SPECIFIC_ATTRIBUTES) {
            throw new ValidationException(SPECIFIC_WITHOUT_PROJECTION);
        }
        if (select != null) {
            return select;
        }
        return projection == null ? Select.ALL_ATTRIBUTES : Select.SPECIFIC_ATTRIBUTES;
    }

    /** Refuses an IndexName: the table has no secondary indexes. */
    static void checkIndex(String indexName) {
        if (indexName != null) {
            throw new ValidationException(String.format(NO_SUCH_INDEX, indexName));
        }
    }

    /** Checks an ExclusiveStartKey like a key of the table; returns it, or {@code null} when absent. */
    static PrimaryKey startKey(KeySchema schema, Map<String, Value> exclusiveStartKey) {
        if (exclusiveStartKey == null) {
            return null;
        }
        try {
            return Keys.ofKey(schema, exclusiveStartKey);
        } catch (ValidationException e) {
            throw new ValidationException(INVALID_START_KEY + e.getMessage());
        }
    }

    /**
     * One page of a Query or Scan, filled item by item in read order. A page stops after Limit items read or once
     * the items read reach 1 MB by {@link ItemSize} (the item that reaches it is included); filtered-out items
     * count toward both. A page that stops so carries the last read item's key as LastEvaluatedKey, even when no
     * item follows, as DynamoDB does; a page that reads to the end has none.
     */
    static final class Page {
        private final KeySchema schema;
        private final Integer limit;
        private final Condition filter;
        private final ProjectionExpression projection;
        private final Select select;
        private final List<Map<String, Value>> items = new ArrayList<>();
        private int count;
        private int scanned;
        private long bytes;
        private Map<String, Value> lastEvaluatedKey;

        Page(KeySchema schema, Integer limit, Condition filter, ProjectionExpression projection, Select select) {
            this.schema = schema;
            this.limit = limit;
            this.filter = filter;
            this.projection = projection;
            this.select = select;
        }

        /** Reads one item; returns whether the page is now full. */
        boolean add(Map<String, Value> item) {
            scanned++;
            bytes += ItemSize.of(item);
            if (filter == null || ConditionEvaluator.test(filter, item)) {
                count++;
                if (select != Select.COUNT) {
                    items.add(projection == null ? item : Projector.project(item, projection));
                }
            }
            boolean full = (limit != null && scanned >= limit) || bytes >= MAX_PAGE_BYTES;
            if (full) {
                lastEvaluatedKey = keyOf(item);
            }
            return full;
        }

        private Map<String, Value> keyOf(Map<String, Value> item) {
            Map<String, Value> key = new LinkedHashMap<>();
            key.put(schema.hashName(), item.get(schema.hashName()));
            if (schema.hasRange()) {
                key.put(schema.rangeName(), item.get(schema.rangeName()));
            }
            return key;
        }

        List<Map<String, Value>> items() {
            return items;
        }

        int count() {
            return count;
        }

        int scannedCount() {
            return scanned;
        }

        Map<String, Value> lastEvaluatedKey() {
            return lastEvaluatedKey;
        }
    }
}
