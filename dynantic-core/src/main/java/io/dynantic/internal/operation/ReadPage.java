package io.dynantic.internal.operation;

import io.dynantic.ItemValidationException;
import io.dynantic.ItemValidationException.Violation;
import io.dynantic.expression.Attribute;
import io.dynantic.expression.Condition;
import io.dynantic.expression.Path;
import io.dynantic.internal.expression.ConditionRenderer;
import io.dynantic.internal.expression.Placeholders;
import io.dynantic.internal.expression.ValueEncoder;
import io.dynantic.internal.schema.EntityModel;
import io.dynantic.internal.schema.PropertyModel;
import io.dynantic.internal.schema.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * One request of a query (Query) or scan (Scan): one page of results. The expressions are built once
 * here for both; the two subclasses only fill their request type.
 *
 * @param <Q> the request type
 * @param <S> the response type
 */
public abstract class ReadPage<Q, S> extends Operation<Q, S, ReadPage.Result> {
    private static final Logger LOG = LoggerFactory.getLogger("io.dynantic.operation");

    /**
     * One page.
     *
     * @param items the items, in order (empty when counting)
     * @param count how many items matched on this page
     * @param lastKey where the next page starts, or null when this is the last
     */
    public record Result(
            List<Map<String, AttributeValue>> items,
            int count,
            @Nullable Map<String, AttributeValue> lastKey) {}

    final ReadSpec spec;
    final @Nullable Map<String, AttributeValue> startKey;
    final @Nullable Integer limit;
    final boolean count;

    /** Expressions of the request, set by {@link #render()}; null where the request has none. */
    @Nullable
    String keyCondition;

    @Nullable
    String filter;

    @Nullable
    String projection;

    @Nullable
    Map<String, String> names;

    @Nullable
    Map<String, AttributeValue> values;

    ReadPage(
            String name,
            ReadSpec spec,
            @Nullable Map<String, AttributeValue> startKey,
            @Nullable Integer limit,
            boolean count) {
        super(name, spec.codec().tableName());
        this.spec = spec;
        this.startKey = startKey;
        this.limit = limit;
        this.count = count;
    }

    /**
     * The request for one page.
     *
     * @param startKey where the page starts (DynamoDB's {@code ExclusiveStartKey}), or null
     * @param limit DynamoDB's {@code Limit} for this request, or null
     * @param count whether to count items rather than return them
     */
    public static ReadPage<?, ?> of(
            ReadSpec spec, @Nullable Map<String, AttributeValue> startKey, @Nullable Integer limit, boolean count) {
        return spec.query() ? new OfQuery(spec, startKey, limit, count) : new OfScan(spec, startKey, limit, count);
    }

    /** Renders the key condition, filter and projection through one set of placeholders. */
    final void render() {
        ItemCodec<?> codec = spec.codec();
        Placeholders placeholders = new Placeholders();
        ConditionRenderer renderer = new ConditionRenderer(placeholders, codec.values());
        if (spec.query()) {
            keyCondition = keyCondition(placeholders);
        }
        Condition<?> all = Conditions.and(ownSubtypesFilter(codec.model()), spec.filter());
        filter = all == null ? null : renderer.render(all);
        List<Violation> problems = new ArrayList<>(0);
        if (spec.query() && filter != null) {
            checkFilterKeys(filter, placeholders, problems);
        }
        if (spec.projection() != null && !count) {
            problems.addAll(codec.values()
                    .overlaps(
                            spec.projection(),
                            "is read twice",
                            "in one read; DynamoDB reads each attribute path once"));
        }
        if (!problems.isEmpty()) {
            throw new ItemValidationException(problems);
        }
        if (spec.projection() != null && !count) {
            List<String> paths = new ArrayList<>(spec.projection().size());
            for (Path p : spec.projection()) {
                paths.add(placeholders.path(p));
            }
            projection = String.join(", ", paths);
        }
        names = placeholders.names();
        values = placeholders.values();
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "{} {}{}",
                    spec.query() ? "Query" : "Scan",
                    codec.tableName(),
                    spec.index() == null ? "" : " index " + spec.index().name());
        }
    }

    /**
     * Refuses a query's filter that uses a key attribute of what the query reads (the table's, or the index's), as
     * DynamoDB does: the key condition is where those go.
     */
    private void checkFilterKeys(String filter, Placeholders placeholders, List<Violation> problems) {
        for (PropertyModel key : new PropertyModel[] {spec.partitionKey(), spec.sortKey()}) {
            String name = key == null ? null : placeholders.existingName(key.attributeName());
            if (key != null && name != null && startsPath(filter, name)) {
                problems.add(new Violation(
                        spec.codec().model().type().getSimpleName() + "." + key.name(),
                        "a query's filter cannot use a key attribute of what it reads; DynamoDB refuses it (use a"
                                + " sort-key condition instead)"));
            }
        }
    }

    /** Whether the name placeholder begins a path in the expression (rather than naming a member of another). */
    private static boolean startsPath(String expression, String name) {
        for (int at = expression.indexOf(name); at >= 0; at = expression.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean whole = end == expression.length() || !Character.isDigit(expression.charAt(end));
            if (whole && (at == 0 || expression.charAt(at - 1) != '.')) {
                return true;
            }
        }
        return false;
    }

    /**
     * A subtype view reads the table through a filter that keeps its own subtypes' items: an item of a subtype
     * this build does not know, or without a discriminator, is left out of its reads and counts alike.
     */
    private static @Nullable Condition<?> ownSubtypesFilter(TableModel<?> model) {
        String discriminator = model.discriminator();
        // Only a subtype view, whose table has a discriminator, has siblings.
        if (model.siblingValues().isEmpty() || discriminator == null) {
            return null;
        }
        List<Object> own = new ArrayList<>(model.entities().size());
        for (EntityModel<?> e : model.entities()) {
            own.add(Objects.requireNonNull(e.discriminatorValue()));
        }
        return own.size() == 1
                ? Attribute.named(discriminator).eq(own.get(0))
                : Attribute.named(discriminator).in(own);
    }

    /**
     * The key condition, as a condition on the key attributes rendered like any other: the partition key equals the
     * query's value, and the sort-key condition if there is one. Values are encoded as keys of their attribute; a
     * text prefix of a key of another type stored as text (an Instant, a date) is a prefix of the stored form and
     * stays as it is.
     */
    private String keyCondition(Placeholders placeholders) {
        ItemCodec<?> codec = spec.codec();
        PropertyModel pk = spec.partitionKey();
        PropertyModel sk = spec.sortKey();
        Condition<?> sort = spec.sortCondition();
        // ReadSteps puts a sort condition only on a sort key; the values not on the partition key are its values.
        boolean textPrefix = sort instanceof Condition.BeginsWith<?>
                && sk != null
                && sk.converter().type() == io.dynantic.convert.AttributeType.S;
        ValueEncoder keys = (value, path, element) -> {
            boolean partition = path != null && path.equals(Path.of(pk.attributeName()));
            PropertyModel key = partition ? pk : Objects.requireNonNull(sk);
            if (!partition && textPrefix && value instanceof String prefix) {
                if (prefix.isEmpty()) {
                    throw new ItemValidationException(List.of(new Violation(
                            codec.model().type().getSimpleName() + "." + key.name(),
                            "the prefix is an empty string; DynamoDB key values cannot be empty (leave out beginsWith"
                                    + " to read the whole partition)")));
                }
                // A String key's prefix is stored as its values are (through its converter, if it has one).
                if (key.rawType() != String.class) {
                    return AttributeValue.createS(prefix);
                }
            }
            AttributeValue encoded = codec.keyValue(key, value);
            if (!partition && sort instanceof Condition.BeginsWith<?> && encoded.n() != null) {
                throw new ItemValidationException(List.of(new Violation(
                        codec.model().type().getSimpleName() + "." + key.name(),
                        "beginsWith needs a string or binary sort key, but this one is a number")));
            }
            return encoded;
        };
        // Rendered for queries only, which have a partition value.
        Condition<?> partition = Attribute.named(pk.attributeName()).eq(Objects.requireNonNull(spec.partitionValue()));
        return new ConditionRenderer(placeholders, keys)
                .renderAll(sort == null ? List.of(partition) : List.of(partition, sort));
    }

    private static final class OfQuery extends ReadPage<QueryRequest, QueryResponse> {
        OfQuery(ReadSpec spec, @Nullable Map<String, AttributeValue> startKey, @Nullable Integer limit, boolean count) {
            super("query", spec, startKey, limit, count);
        }

        @Override
        QueryRequest request() {
            render();
            QueryRequest.Builder b = QueryRequest.builder()
                    .tableName(spec.codec().tableName())
                    .keyConditionExpression(keyCondition)
                    .filterExpression(filter)
                    .projectionExpression(projection)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .exclusiveStartKey(startKey)
                    .limit(limit)
                    .scanIndexForward(!spec.descending());
            if (spec.index() != null) {
                b.indexName(spec.index().name());
            }
            if (spec.consistent()) {
                b.consistentRead(true);
            }
            if (count) {
                b.select(Select.COUNT);
            }
            return b.build();
        }

        @Override
        QueryResponse call(DynamoDbClient client, QueryRequest request) {
            return client.query(request);
        }

        @Override
        CompletableFuture<QueryResponse> call(DynamoDbAsyncClient client, QueryRequest request) {
            return client.query(request);
        }

        @Override
        Result result(QueryResponse r) {
            return new Result(r.items(), r.count(), r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : null);
        }
    }

    private static final class OfScan extends ReadPage<ScanRequest, ScanResponse> {
        OfScan(ReadSpec spec, @Nullable Map<String, AttributeValue> startKey, @Nullable Integer limit, boolean count) {
            super("scan", spec, startKey, limit, count);
        }

        @Override
        ScanRequest request() {
            render();
            ScanRequest.Builder b = ScanRequest.builder()
                    .tableName(spec.codec().tableName())
                    .filterExpression(filter)
                    .projectionExpression(projection)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .exclusiveStartKey(startKey)
                    .limit(limit)
                    .segment(spec.segment())
                    .totalSegments(spec.totalSegments());
            if (spec.index() != null) {
                b.indexName(spec.index().name());
            }
            if (spec.consistent()) {
                b.consistentRead(true);
            }
            if (count) {
                b.select(Select.COUNT);
            }
            return b.build();
        }

        @Override
        ScanResponse call(DynamoDbClient client, ScanRequest request) {
            return client.scan(request);
        }

        @Override
        CompletableFuture<ScanResponse> call(DynamoDbAsyncClient client, ScanRequest request) {
            return client.scan(request);
        }

        @Override
        Result result(ScanResponse r) {
            return new Result(r.items(), r.count(), r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : null);
        }
    }
}
