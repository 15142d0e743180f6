package io.dynantic.local.action;

import io.dynantic.local.ValidationException;
import io.dynantic.local.api.ProjectionType;
import io.dynantic.local.api.Select;
import io.dynantic.local.expression.Condition;
import io.dynantic.local.expression.Operand;
import io.dynantic.local.expression.Path;
import io.dynantic.local.expression.PathElement;
import io.dynantic.local.expression.ProjectionExpression;
import io.dynantic.local.expression.eval.ConditionEvaluator;
import io.dynantic.local.expression.eval.Projector;
import io.dynantic.local.storage.Index;
import io.dynantic.local.storage.ItemSource;
import io.dynantic.local.storage.KeySchema;
import io.dynantic.local.storage.Table;
import io.dynantic.local.value.ItemSize;
import io.dynantic.local.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

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

    // DynamoDB's message for ConsistentRead on a global secondary index; confirmed from the brief of this task and
    // DynamoDB's documentation ("Strongly consistent reads are not supported on global secondary indexes").
    static final String GSI_CONSISTENT_READ = "Consistent reads are not supported on global secondary indexes";

    // DynamoDB's message for reading attributes a global secondary index does not project; confirmed from moto's
    // tests verified against DynamoDB ("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is
    // not supported for global secondary index test_gsi because its projection type is not ALL").
    static final String GSI_SELECT_ALL = "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is"
            + " not supported for global secondary index %s because its projection type is not ALL";

    private Reads() {}

    /**
     * Checks Limit, then Select against the projection and the index; returns the effective Select, by default
     * SPECIFIC_ATTRIBUTES with a projection, else ALL_PROJECTED_ATTRIBUTES for an index and ALL_ATTRIBUTES for a table.
     */
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
        if (projection != null) {
            return Select.SPECIFIC_ATTRIBUTES;
        }
        return indexName == null ? Select.ALL_ATTRIBUTES : Select.ALL_PROJECTED_ATTRIBUTES;
    }

    /** The table, or its index {@code indexName}; refuses a consistent read of a global secondary index. */
    static ItemSource source(Table table, String indexName, boolean consistentRead) {
        if (indexName == null) {
            return table;
        }
        Index index = table.index(indexName);
        if (index == null) {
            throw new ValidationException(String.format(NO_SUCH_INDEX, indexName));
        }
        if (consistentRead && index.global()) {
            throw new ValidationException(GSI_CONSISTENT_READ);
        }
        return index;
    }

    /**
     * Checks an ExclusiveStartKey: a key of the table, or for an index the index's and the table's key attributes
     * with their types. Returns it, or {@code null} when absent.
     */
    static Map<String, Value> startKey(ItemSource source, Table table, Map<String, Value> exclusiveStartKey) {
        if (exclusiveStartKey == null) {
            return null;
        }
        try {
            Keys.ofKey(table.keySchema(), tableKey(table.keySchema(), exclusiveStartKey, source != table));
        } catch (ValidationException e) {
            throw new ValidationException(INVALID_START_KEY + e.getMessage());
        }
        if (source instanceof Index index
                && (!index.keyAttributes().equals(exclusiveStartKey.keySet()) || !index.indexes(exclusiveStartKey))) {
            throw new ValidationException(INVALID_START_KEY + Keys.KEY_SCHEMA_MISMATCH);
        }
        return exclusiveStartKey;
    }

    private static Map<String, Value> tableKey(KeySchema schema, Map<String, Value> key, boolean ofIndex) {
        if (!ofIndex) {
            return key;
        }
        Map<String, Value> tableKey = new LinkedHashMap<>();
        key.forEach((name, value) -> {
            if (schema.isKey(name)) {
                tableKey.put(name, value);
            }
        });
        return tableKey;
    }

    /** Adds the first attribute of every path of a condition to {@code attributes}. */
    static void collect(Condition condition, Set<String> attributes) {
        if (condition instanceof Condition.Compare c) {
            collect(c.left(), attributes);
            collect(c.right(), attributes);
        } else if (condition instanceof Condition.Between b) {
            collect(b.operand(), attributes);
            collect(b.lower(), attributes);
            collect(b.upper(), attributes);
        } else if (condition instanceof Condition.In in) {
            collect(in.operand(), attributes);
            in.candidates().forEach(o -> collect(o, attributes));
        } else if (condition instanceof Condition.And and) {
            collect(and.left(), attributes);
            collect(and.right(), attributes);
        } else if (condition instanceof Condition.Or or) {
            collect(or.left(), attributes);
            collect(or.right(), attributes);
        } else if (condition instanceof Condition.Not not) {
            collect(not.condition(), attributes);
        } else if (condition instanceof Condition.AttributeExists e) {
            collect(e.path(), attributes);
        } else if (condition instanceof Condition.AttributeNotExists e) {
            collect(e.path(), attributes);
        } else if (condition instanceof Condition.AttributeType t) {
            collect(t.path(), attributes);
        } else if (condition instanceof Condition.BeginsWith b) {
            collect(b.operand(), attributes);
            collect(b.prefix(), attributes);
        } else if (condition instanceof Condition.Contains c) {
            collect(c.operand(), attributes);
            collect(c.element(), attributes);
        }
    }

    private static void collect(Operand operand, Set<String> attributes) {
        if (operand instanceof Operand.PathOperand p) {
            collect(p.path(), attributes);
        } else if (operand instanceof Operand.Size size) {
            collect(size.operand(), attributes);
        }
    }

    private static void collect(Path path, Set<String> attributes) {
        if (path.elements().get(0) instanceof PathElement.Attribute attribute) {
            attributes.add(attribute.name());
        }
    }

    /**
     * How a page reads an item of {@code source}: as stored, or for a local secondary index whose projection lacks
     * attributes the request needs (Select ALL_ATTRIBUTES, or a projection or filter naming them) the whole table
     * item, as DynamoDB fetches it. A global secondary index cannot fetch: refused with DynamoDB's message.
     */
    static UnaryOperator<Map<String, Value>> reader(
            Table table, ItemSource source, Select select, ReadExpressions expressions) {
        if (!(source instanceof Index index) || index.projectionType() == ProjectionType.ALL) {
            return UnaryOperator.identity();
        }
        Set<String> needed = new HashSet<>();
        if (expressions.filter() != null) {
            collect(expressions.filter(), needed);
        }
        if (expressions.projection() != null) {
            expressions.projection().paths().forEach(path -> collect(path, needed));
        }
        boolean fetch = select == Select.ALL_ATTRIBUTES || !needed.stream().allMatch(index::projects);
        if (!fetch) {
            return UnaryOperator.identity();
        }
        if (index.global()) {
            throw new ValidationException(String.format(GSI_SELECT_ALL, index.name()));
        }
        return item -> table.get(table.keySchema().keyOf(item));
    }

    /**
     * One page of a Query or Scan, filled item by item in read order. A page stops after Limit items read or once
     * the items read reach 1 MB by {@link ItemSize} (the item that reaches it is included); filtered-out items
     * count toward both. A page that stops so carries the last read item's key as LastEvaluatedKey, even when no
     * item follows, as DynamoDB does; a page that reads to the end has none.
     */
    static final class Page {
        private final ItemSource source;
        private final UnaryOperator<Map<String, Value>> reader;
        private final Integer limit;
        private final Condition filter;
        private final ProjectionExpression projection;
        private final Select select;
        private final List<Map<String, Value>> items = new ArrayList<>();
        private int count;
        private int scanned;
        private long bytes;
        private Map<String, Value> lastEvaluatedKey;

        Page(
                ItemSource source,
                UnaryOperator<Map<String, Value>> reader,
                Integer limit,
                Condition filter,
                ProjectionExpression projection,
                Select select) {
            this.source = source;
            this.reader = reader;
            this.limit = limit;
            this.filter = filter;
            this.projection = projection;
            this.select = select;
        }

        /** Reads one item; returns whether the page is now full. */
        boolean add(Map<String, Value> stored) {
            Map<String, Value> item = reader.apply(stored);
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
                lastEvaluatedKey = source.keyOf(stored);
            }
            return full;
        }

        /** The items, or {@code null} for Select COUNT (whose response has no Items). */
        List<Map<String, Value>> items() {
            return select == Select.COUNT ? null : items;
        }

        int count() {
            return count;
        }

        int scannedCount() {
            return scanned;
        }

        /** The size of the items read, filtered out or not: what the read consumes. */
        long bytes() {
            return bytes;
        }

        Map<String, Value> lastEvaluatedKey() {
            return lastEvaluatedKey;
        }
    }
}
