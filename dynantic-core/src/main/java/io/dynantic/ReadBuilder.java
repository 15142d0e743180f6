package io.dynantic;

import io.dynantic.expression.Attribute;
import io.dynantic.expression.Condition;
import io.dynantic.expression.Path;
import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.operation.Paging;
import io.dynantic.internal.operation.ReadSpec;
import io.dynantic.internal.schema.IndexModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What queries and scans share: a filter, limits, read options, and the ways to get results. A
 * builder: not thread-safe; the steps change it and return it, the results leave it as it is.
 *
 * @param <T> the model type
 * @param <B> the concrete builder type
 */
public abstract class ReadBuilder<T, B extends ReadBuilder<T, B>> {
    final DynamoDbClient client;
    final ItemCodec<T> codec;
    final @Nullable IndexModel index;

    @Nullable
    Condition<?> filter;

    @Nullable
    Long limit;

    @Nullable
    Integer pageSize;

    boolean consistent;

    ReadBuilder(DynamoDbClient client, ItemCodec<T> codec, @Nullable IndexModel index) {
        this.client = client;
        this.codec = codec;
        this.index = index;
    }

    abstract B self();

    /** The read, for this run; {@code projection} null for whole items. */
    abstract ReadSpec spec(@Nullable List<Path> projection);

    /** The stored items of a run, lazily; at most {@code limit} (null: all). */
    Iterator<Map<String, AttributeValue>> stored(ReadSpec spec, @Nullable Long limit) {
        return Paging.items(client, spec, limit);
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

    /** How many items DynamoDB reads per request (its {@code Limit}, before filtering); 1 MB at most anyway. */
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

    /** Every matching item (up to the limit), reading all pages first. */
    public List<T> list() {
        List<T> out = new ArrayList<>();
        stored(spec(null), limit).forEachRemaining(item -> out.add(codec.read(item)));
        return out;
    }

    /** The matching items (up to the limit), lazily: a page is read only when the stream needs it. */
    public Stream<T> stream() {
        Iterator<Map<String, AttributeValue>> items = stored(spec(null), limit);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false)
                .map(codec::read);
    }

    /** The first matching item, if any; the builder's own limit is left as it is. */
    public Optional<T> first() {
        Iterator<Map<String, AttributeValue>> items = stored(spec(null), 1L);
        return items.hasNext() ? Optional.of(codec.read(items.next())) : Optional.empty();
    }

    /**
     * The only matching item.
     *
     * @throws ItemNotFoundException when nothing matches
     * @throws IllegalStateException when more than one item matches
     */
    public T one() {
        Iterator<Map<String, AttributeValue>> items = stored(spec(null), 2L);
        if (!items.hasNext()) {
            throw new ItemNotFoundException("no item on table " + codec.tableName() + " matches");
        }
        T found = codec.read(items.next());
        if (items.hasNext()) {
            throw new IllegalStateException("more than one item on table " + codec.tableName() + " matches");
        }
        return found;
    }

    /** How many items match, counted by DynamoDB over all pages ({@code Select COUNT}); ignores the limit. */
    public long count() {
        return Paging.count(client, spec(null));
    }

    /**
     * One attribute of each matching item, as its field's type (null where an item lacks it); only
     * that attribute is read ({@code ProjectionExpression}).
     */
    @SuppressWarnings("unchecked")
    public <V> List<V> values(Attribute<? super T, V> attribute) {
        Path path = Objects.requireNonNull(attribute, "attribute").path();
        List<V> out = new ArrayList<>();
        stored(spec(List.of(path)), limit).forEachRemaining(item -> {
            AttributeValue value = ItemCodec.valueAt(item, path);
            out.add(value == null ? null : (V) codec.readAt(path, value));
        });
        return out;
    }

    /**
     * Several attributes of each matching item, as maps from the attribute path ({@code login_count},
     * {@code address.city}: stored names) to the value as its field's type; an attribute an item lacks
     * is left out of its map. Only these attributes are read ({@code ProjectionExpression}).
     */
    @SafeVarargs
    public final List<Map<String, Object>> values(
            Attribute<? super T, ?> first, Attribute<? super T, ?> second, Attribute<? super T, ?>... more) {
        List<Path> paths = new ArrayList<>(2 + more.length);
        paths.add(first.path());
        paths.add(second.path());
        for (Attribute<? super T, ?> a : more) {
            paths.add(a.path());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        stored(spec(paths), limit).forEachRemaining(item -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Path path : paths) {
                AttributeValue value = ItemCodec.valueAt(item, path);
                if (value != null) {
                    row.put(path.toString(), codec.readAt(path, value));
                }
            }
            out.add(row);
        });
        return out;
    }

    /**
     * Up to {@code size} items from {@code cursor} on (null: from the start), with the cursor of the
     * next page. The cursor is checked before anything is sent: one from another table or index, or an
     * altered one, is refused with {@link IllegalArgumentException}.
     */
    public Page<T> page(int size, @Nullable String cursor) {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least 1 item, not " + size);
        }
        Paging.Chunk chunk = Paging.page(client, spec(null), size, cursor);
        List<T> items = new ArrayList<>(chunk.items().size());
        chunk.items().forEach(item -> items.add(codec.read(item)));
        return new Page<>(items, chunk.cursor());
    }
}
