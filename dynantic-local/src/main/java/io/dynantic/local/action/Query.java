package io.dynantic.local.action;

import io.dynantic.local.ValidationException;
import io.dynantic.local.api.QueryRequest;
import io.dynantic.local.api.QueryResponse;
import io.dynantic.local.api.Select;
import io.dynantic.local.expression.Comparator;
import io.dynantic.local.expression.Condition;
import io.dynantic.local.expression.Operand;
import io.dynantic.local.expression.Path;
import io.dynantic.local.expression.PathElement;
import io.dynantic.local.expression.eval.ConditionEvaluator;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.ItemSource;
import io.dynantic.local.storage.KeySchema;
import io.dynantic.local.storage.Table;
import io.dynantic.local.value.Type;
import io.dynantic.local.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB's Query of a table or a secondary index. Checks in order: table name, key condition present, Limit and
 * Select, expressions and placeholders, table, index (and ConsistentRead on a GSI), key condition against the key
 * schema, filter not on key attributes, ExclusiveStartKey (its form, then its place: within the sort key condition
 * and the partition); then reads one page of the partition under the read
 * lock, in sort key order or its reverse. The sort key condition is applied while walking the partition; items
 * outside it are not read (they count neither toward Limit nor ScannedCount).
 */
public final class Query {
    // DynamoDB's message for a Query without a key condition, as dynalite's tests recorded against DynamoDB
    // write it. Unconfirmed in a DynamoDB response seen in this session.
    static final String KEY_CONDITION_REQUIRED =
            "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.";

    // DynamoDB's message for a key condition without the partition key (or naming an attribute that is not a
    // key); confirmed from DynamoDB responses quoted in issues and articles ("Query condition missed key schema
    // element: id"). For a condition on a non-key attribute it names the sort key, as moto's tests written against
    // DynamoDB assert ("Query condition missed key schema element: gsiK1SortKey"); on a table without a sort key
    // it names the partition key (unconfirmed).
    static final String MISSED_KEY_ELEMENT = "Query condition missed key schema element: %s";

    // DynamoDB's message for a partition key condition other than "=" (or a condition of a form a key condition
    // cannot take); confirmed from DynamoDB responses quoted in articles ("Query key condition not supported").
    static final String NOT_SUPPORTED = "Query key condition not supported";

    // DynamoDB's message for two conditions on one key attribute, as emulators write it. Unconfirmed.
    static final String ONE_CONDITION_PER_KEY =
            "Invalid KeyConditionExpression: KeyConditionExpressions must only contain one condition per key";

    // DynamoDB's message for a key condition value of another type than the key, as dynalite writes it.
    // Unconfirmed.
    static final String TYPE_MISMATCH =
            "One or more parameter values were invalid: Condition parameter type does not match schema type";

    // DynamoDB's message for begins_with on a number sort key, as emulators write it. Unconfirmed.
    static final String BEGINS_WITH_NUMBER = "Invalid KeyConditionExpression: Incorrect operand type for operator"
            + " or function; operator or function: begins_with, operand type: N";

    // DynamoDB's message for a FilterExpression naming a key attribute of the table or index queried; confirmed from
    // DynamoDB responses quoted in applications' notes ("Filter Expression can only contain non-primary key
    // attributes: Primary key attribute: gsi1sk").
    static final String FILTER_ON_KEY =
            "Filter Expression can only contain non-primary key attributes: Primary key attribute: %s";

    // DynamoDB's messages for an ExclusiveStartKey outside the query: its sort key value fails the sort key
    // condition (the title of aws/aws-sdk-js#3283, a DynamoDB response; DynamoDB Local answers alike), or it names
    // another partition (dynalite's tests, written against DynamoDB). The sort key is checked first, as dynalite does.
    static final String START_KEY_OUTSIDE_RANGE = "The provided starting key does not match the range key predicate";
    static final String START_KEY_OUTSIDE_QUERY =
            "The provided starting key is outside query boundaries based on provided conditions";

    private final Catalog catalog;

    public Query(Catalog catalog) {
        this.catalog = catalog;
    }

    public QueryResponse execute(QueryRequest request) {
        Tables.requireName(request.tableName());
        if (request.keyConditionExpression() == null) {
            throw new ValidationException(KEY_CONDITION_REQUIRED);
        }
        Select select = Reads.checkSelect(
                request.limit(), request.select(), request.projectionExpression(), request.indexName());
        ReadExpressions expressions = ReadExpressions.parse(
                request.keyConditionExpression(),
                request.filterExpression(),
                request.projectionExpression(),
                request.expressionAttributeNames(),
                request.expressionAttributeValues());
        return catalog.read(() -> {
            Table table = Tables.require(catalog, request.tableName());
            ItemSource source = Reads.source(table, request.indexName(), request.consistentRead());
            KeySchema schema = source.keySchema();
            KeyRange range = keyRange(schema, expressions.keyCondition());
            checkFilter(schema, expressions.filter());
            Map<String, Value> start = Reads.startKey(source, table, request.exclusiveStartKey());
            if (start != null) {
                checkStartKey(schema, range, start);
            }
            Iterable<Map<String, Value>> items = source.partition(range.hash(), start, request.scanIndexForward());
            Reads.Page page = new Reads.Page(
                    source,
                    Reads.reader(table, source, select, expressions),
                    request.limit(),
                    expressions.filter(),
                    expressions.projection(),
                    select);
            for (Map<String, Value> item : items) {
                if (range.matches(item) && page.add(item)) {
                    break;
                }
            }
            Meter meter = new Meter(request.returnConsumedCapacity());
            meter.read(table, source, page.bytes(), request.consistentRead(), 1);
            return new QueryResponse(
                    page.items(), page.count(), page.scannedCount(), page.lastEvaluatedKey(), meter.single());
        });
    }

    /** A start key must lie within the query: its sort key value matching the sort key condition, in the partition. */
    private static void checkStartKey(KeySchema schema, KeyRange range, Map<String, Value> start) {
        if (!range.matches(start)) {
            throw new ValidationException(START_KEY_OUTSIDE_RANGE);
        }
        if (!range.hash().equals(start.get(schema.hashName()))) {
            throw new ValidationException(START_KEY_OUTSIDE_QUERY);
        }
    }

    /** The partition key value and the sort key condition ({@code null} when none) of a key condition. */
    private record KeyRange(Value hash, Condition sort) {
        boolean matches(Map<String, Value> item) {
            return sort == null || ConditionEvaluator.test(sort, item);
        }
    }

    private static KeyRange keyRange(KeySchema schema, Condition keyCondition) {
        List<Condition> parts = new ArrayList<>();
        flatten(keyCondition, parts);
        Value hash = null;
        Condition sort = null;
        boolean hashSeen = false;
        boolean other = false;
        for (Condition part : parts) {
            String attribute = attribute(part);
            if (attribute == null) {
                throw new ValidationException(NOT_SUPPORTED);
            }
            if (attribute.equals(schema.hashName())) {
                if (hashSeen) {
                    throw new ValidationException(ONE_CONDITION_PER_KEY);
                }
                hashSeen = true;
                if (!(part instanceof Condition.Compare c) || c.op() != Comparator.EQ) {
                    throw new ValidationException(NOT_SUPPORTED);
                }
                hash = literal(c.left() instanceof Operand.Literal ? c.left() : c.right());
                checkType(hash, schema.hashType());
            } else if (attribute.equals(schema.rangeName())) {
                if (sort != null) {
                    throw new ValidationException(ONE_CONDITION_PER_KEY);
                }
                checkSort(part, schema.rangeType());
                sort = part;
            } else {
                other = true;
            }
        }
        if (!hashSeen) {
            throw new ValidationException(String.format(MISSED_KEY_ELEMENT, schema.hashName()));
        }
        if (other) {
            throw new ValidationException(
                    String.format(MISSED_KEY_ELEMENT, schema.hasRange() ? schema.rangeName() : schema.hashName()));
        }
        return new KeyRange(hash, sort);
    }

    /** Refuses a filter on the partition key, then on the sort key, of the table or index queried. */
    private static void checkFilter(KeySchema schema, Condition filter) {
        if (filter == null) {
            return;
        }
        Set<String> attributes = new HashSet<>();
        Reads.collect(filter, attributes);
        if (attributes.contains(schema.hashName())) {
            throw new ValidationException(String.format(FILTER_ON_KEY, schema.hashName()));
        }
        if (schema.hasRange() && attributes.contains(schema.rangeName())) {
            throw new ValidationException(String.format(FILTER_ON_KEY, schema.rangeName()));
        }
    }

    private static void flatten(Condition condition, List<Condition> parts) {
        if (condition instanceof Condition.And and) {
            flatten(and.left(), parts);
            flatten(and.right(), parts);
        } else {
            parts.add(condition);
        }
    }

    /** The key attribute a key condition part is about, or {@code null} when it has no single top-level path. */
    private static String attribute(Condition part) {
        List<Operand> operands = new ArrayList<>();
        if (part instanceof Condition.Compare c) {
            operands.add(c.left());
            operands.add(c.right());
        } else if (part instanceof Condition.Between b) {
            operands.add(b.operand());
            operands.add(b.lower());
            operands.add(b.upper());
        } else if (part instanceof Condition.BeginsWith b) {
            operands.add(b.operand());
            operands.add(b.prefix());
        } else {
            return null;
        }
        String name = null;
        for (Operand operand : operands) {
            if (operand instanceof Operand.PathOperand p) {
                if (name != null || !isTopLevel(p.path())) {
                    return null;
                }
                name = ((PathElement.Attribute) p.path().elements().get(0)).name();
            } else if (!(operand instanceof Operand.Literal)) {
                return null;
            }
        }
        return name;
    }

    private static boolean isTopLevel(Path path) {
        return path.elements().size() == 1 && path.elements().get(0) instanceof PathElement.Attribute;
    }

    private static void checkSort(Condition part, Type type) {
        if (part instanceof Condition.Compare c) {
            if (!(c.left() instanceof Operand.PathOperand)) {
                throw new ValidationException(NOT_SUPPORTED);
            }
            checkType(literal(c.right()), type);
        } else if (part instanceof Condition.Between b) {
            if (!(b.operand() instanceof Operand.PathOperand)) {
                throw new ValidationException(NOT_SUPPORTED);
            }
            checkType(literal(b.lower()), type);
            checkType(literal(b.upper()), type);
        } else {
            Condition.BeginsWith b = (Condition.BeginsWith) part;
            if (!(b.operand() instanceof Operand.PathOperand)) {
                throw new ValidationException(NOT_SUPPORTED);
            }
            if (type == Type.N) {
                throw new ValidationException(BEGINS_WITH_NUMBER);
            }
            checkType(literal(b.prefix()), type);
        }
    }

    private static Value literal(Operand operand) {
        return ((Operand.Literal) operand).value();
    }

    private static void checkType(Value value, Type type) {
        if (value.type() != type) {
            throw new ValidationException(TYPE_MISMATCH);
        }
    }
}
