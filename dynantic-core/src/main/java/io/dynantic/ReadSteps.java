package io.dynantic;

import io.dynantic.expression.Attribute;
import io.dynantic.expression.Condition;
import io.dynantic.expression.Path;
import io.dynantic.expression.UntypedAttribute;
import io.dynantic.internal.operation.Futures;
import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.operation.Paging;
import io.dynantic.internal.operation.PathValues;
import io.dynantic.internal.operation.ReadSpec;
import io.dynantic.internal.operation.Runner;
import io.dynantic.internal.schema.IndexModel;
import io.dynantic.internal.schema.PropertyModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The steps every query and scan has, sync or async: a filter, limits and read options. A builder:
 * not thread-safe; the steps change it and return it, reading results leaves it as it is.
 *
 * @param <T> the model type
 * @param <B> the concrete builder type
 */
abstract class ReadSteps<T, B extends ReadSteps<T, B>> {
    final ItemCodec<T> codec;
    final @Nullable IndexModel index;
    /** The partition key value of a query; null for a scan. */
    final @Nullable Object partitionValue;

    @Nullable
    Condition<?> filter;

    @Nullable
    Long limit;

    @Nullable
    Integer pageSize;

    boolean consistent;

    @Nullable
    Condition<?> sortCondition;

    boolean descending;
    int segments = 1;

    ReadSteps(ItemCodec<T> codec, @Nullable IndexModel index, @Nullable Object partitionValue) {
        this.codec = codec;
        this.index = index;
        this.partitionValue = partitionValue;
    }

    abstract B self();

    /** A query's partition key value, refused when null as a null key is everywhere. */
    /** The paths of a projection of two or more attributes, in the caller's order; a null attribute is refused. */
    static List<Path> paths(Attribute<?, ?> first, Attribute<?, ?> second, Attribute<?, ?>[] more) {
        List<Path> paths = new ArrayList<>(2 + more.length);
        paths.add(Objects.requireNonNull(first, "attribute").path());
        paths.add(Objects.requireNonNull(second, "attribute").path());
        for (Attribute<?, ?> attribute : Objects.requireNonNull(more, "attributes")) {
            paths.add(Objects.requireNonNull(attribute, "attribute").path());
        }
        return paths;
    }

    static Object requirePartition(ItemCodec<?> codec, @Nullable IndexModel index, @Nullable Object value) {
        if (value == null) {
            PropertyModel pk =
                    index != null ? index.partitionKey() : codec.model().partitionKey();
            throw new ItemValidationException(List.of(new ItemValidationException.Violation(
                    codec.model().type().getSimpleName() + "." + pk.name(), "the partition key value is null")));
        }
        return value;
    }

    /**
     * Keeps only items for which {@code condition} holds (DynamoDB's FilterExpression, applied after
     * reading: filtered items still cost read capacity). Several calls AND together.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public B filter(Condition<? super T> condition) {
        Objects.requireNonNull(condition, "condition");
        this.filter = filter == null ? condition : ((Condition) filter).and(condition);
        return self();
    }

    /**
     * Returns at most {@code n} items, reading as many pages as that takes: filtering never makes it
     * return fewer while more matching items exist.
     */
    public B limit(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + n);
        }
        this.limit = n;
        return self();
    }

    /** How many items DynamoDB reads per request (its {@code Limit}, before filtering; 1 MB at most anyway). */
    public B pageSize(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, not " + n);
        }
        this.pageSize = n;
        return self();
    }

    /**
     * Reads with strong consistency.
     *
     * @throws IllegalStateException on a global secondary index, which DynamoDB reads only eventually
     *     consistently
     */
    public B consistentRead() {
        if (index != null && index.global()) {
            throw new IllegalStateException(index.name()
                    + " is a global secondary index: DynamoDB reads global indexes only eventually consistently");
        }
        this.consistent = true;
        return self();
    }

    /**
     * Sets the sort-key condition of a query, replacing any earlier one: {@code condition} on the sort key's
     * attribute, with {@code values} its operands (encoded as keys when the query runs).
     */
    final B sort(Function<UntypedAttribute, Condition<Object>> condition, Object... values) {
        PropertyModel sortKey = index != null ? index.sortKey() : codec.model().sortKey();
        if (sortKey == null) {
            throw new IllegalStateException((index == null ? "table " + codec.tableName() : "index " + index.name())
                    + " has no sort key to put a condition on");
        }
        for (Object v : values) {
            if (v == null) {
                throw new ItemValidationException(List.of(new ItemValidationException.Violation(
                        codec.model().type().getSimpleName() + "." + sortKey.name(), "the sort key value is null")));
            }
        }
        this.sortCondition = condition.apply(Attribute.named(sortKey.attributeName()));
        return self();
    }

    final B parallel(int n) {
        if (n < 1 || n > 1_000_000) {
            throw new IllegalArgumentException("segments must be from 1 to 1000000, not " + n);
        }
        this.segments = n;
        return self();
    }

    /** The read as it stands; {@code projection} null for whole items. */
    final ReadSpec spec(@Nullable List<Path> projection) {
        return new ReadSpec(
                codec,
                index,
                partitionValue,
                sortCondition,
                filter,
                projection,
                consistent,
                descending,
                pageSize,
                null,
                null);
    }

    /** The items as model instances. */
    final List<T> items(List<Map<String, AttributeValue>> stored) {
        List<T> out = new ArrayList<>(stored.size());
        for (Map<String, AttributeValue> item : stored) {
            out.add(codec.read(item));
        }
        return out;
    }

    /** The only item of at most two. */
    final T only(List<Map<String, AttributeValue>> stored) {
        if (stored.isEmpty()) {
            throw new ItemNotFoundException("no item on table " + codec.tableName() + " matches");
        }
        if (stored.size() > 1) {
            throw new TooManyItemsException("more than one item on table " + codec.tableName() + " matches");
        }
        return codec.read(stored.get(0));
    }

    /** The value at {@code path} of each item, as its field's type; null where an item lacks it. */
    @SuppressWarnings("unchecked")
    final <V> List<V> column(List<Map<String, AttributeValue>> stored, Path path) {
        List<V> out = new ArrayList<>(stored.size());
        for (Map<String, AttributeValue> item : stored) {
            AttributeValue value = PathValues.valueAt(item, path, List.of(path));
            out.add(value == null ? null : (V) codec.values().readAt(path, value));
        }
        return out;
    }

    /** The values at {@code paths} of each item, keyed by stored path; what an item lacks is left out. */
    final List<Map<String, Object>> rows(List<Map<String, AttributeValue>> stored, List<Path> paths) {
        List<Map<String, Object>> out = new ArrayList<>(stored.size());
        for (Map<String, AttributeValue> item : stored) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Path path : paths) {
                AttributeValue value = PathValues.valueAt(item, path, paths);
                if (value != null) {
                    row.put(path.toString(), codec.values().readAt(path, value));
                }
            }
            out.add(row);
        }
        return out;
    }

    /** How many segments of a parallel scan are read at once. */
    private static final int SEGMENTS_IN_FLIGHT = 16;

    /**
     * The matching items, at most {@code limit}: a query or scan page after page, or every segment of
     * a parallel scan (several at once), concatenated in segment order.
     */
    final CompletableFuture<List<Map<String, AttributeValue>>> read(
            Runner runner, ReadSpec spec, @Nullable Long limit) {
        if (segments == 1) {
            return runner.loop(new Paging.Collect(spec, limit));
        }
        return Futures.map(
                runner.fanOut(
                        segmentNumbers(),
                        SEGMENTS_IN_FLIGHT,
                        s -> runner.loop(new Paging.Collect(spec.segment(s, segments), limit))),
                parts -> {
                    List<Map<String, AttributeValue>> all = new ArrayList<>();
                    parts.forEach(all::addAll);
                    return limit == null || all.size() <= limit ? all : all.subList(0, (int) (long) limit);
                });
    }

    /** How many items match, counted by DynamoDB ({@code Select COUNT}) over all pages and segments. */
    final CompletableFuture<Long> count(Runner runner) {
        ReadSpec spec = spec(null);
        if (segments == 1) {
            return runner.loop(new Paging.Count(spec));
        }
        return Futures.map(
                runner.fanOut(
                        segmentNumbers(),
                        SEGMENTS_IN_FLIGHT,
                        s -> runner.loop(new Paging.Count(spec.segment(s, segments)))),
                parts -> parts.stream().mapToLong(Long::longValue).sum());
    }

    private List<Integer> segmentNumbers() {
        return java.util.stream.IntStream.range(0, segments).boxed().toList();
    }

    final void checkPageable(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least 1 item, not " + size);
        }
        if (segments != 1) {
            throw new IllegalStateException("a parallel scan has no single cursor; page(...) needs segments(1)");
        }
    }
}
