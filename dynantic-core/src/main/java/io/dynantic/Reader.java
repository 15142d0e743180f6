package io.dynantic;

import io.dynantic.expression.Attribute;
import io.dynantic.expression.Path;
import io.dynantic.internal.operation.Futures;
import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.operation.Paging;
import io.dynantic.internal.operation.ReadSpec;
import io.dynantic.internal.operation.Runner;
import io.dynantic.internal.schema.IndexModel;
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
 * The results of a query or scan on a sync client. Not thread-safe, like the builder it ends. Package-private: its
 * public methods are reached through {@link Query} and {@link Scan} (javac gives those classes public bridges, so
 * reflection reaches them too), and none of them is final; the varargs projection, which must be final to be
 * {@code @SafeVarargs}, is declared in each subclass.
 *
 * @param <T> the model type
 * @param <B> the concrete builder type
 */
abstract class Reader<T, B extends Reader<T, B>> extends ReadSteps<T, B> {
    private final Runner runner;

    Reader(DynamoDbClient client, ItemCodec<T> codec, @Nullable IndexModel index, @Nullable Object partitionValue) {
        super(codec, index, partitionValue);
        this.runner = Runner.of(client);
    }

    private List<Map<String, AttributeValue>> stored(ReadSpec spec, @Nullable Long limit) {
        return Futures.join(read(runner, spec, limit));
    }

    /** Every matching item (up to the limit), reading all pages first. */
    public List<T> list() {
        return items(stored(spec(null), limit));
    }

    /**
     * The matching items (up to the limit), lazily: a page is read only when the stream needs it, and
     * at most one page is held. A parallel scan reads all segments first.
     */
    public Stream<T> stream() {
        if (segments != 1) {
            return list().stream();
        }
        var items = Paging.lazily(runner, spec(null), limit);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false)
                .map(codec::read);
    }

    /** The first matching item, if any; the builder's own limit is left as it is. */
    public Optional<T> first() {
        return items(stored(spec(null), 1L)).stream().findFirst();
    }

    /**
     * The only matching item.
     *
     * @throws ItemNotFoundException when nothing matches
     * @throws TooManyItemsException when more than one item matches
     */
    public T one() {
        return only(stored(spec(null), 2L));
    }

    /** How many items match, counted by DynamoDB over all pages ({@code Select COUNT}); ignores the limit. */
    public long count() {
        return Futures.join(count(runner));
    }

    /**
     * One attribute of each matching item, as its field's type (null where an item lacks it); only
     * that attribute is read ({@code ProjectionExpression}).
     */
    public <V> List<V> values(Attribute<? super T, V> attribute) {
        Path path = Objects.requireNonNull(attribute, "attribute").path();
        return column(stored(spec(List.of(path)), limit), path);
    }

    /** The projection of the final subclasses' {@code values(first, second, more...)}. */
    final List<Map<String, Object>> values(List<Path> paths) {
        return rows(stored(spec(paths), limit), paths);
    }

    /**
     * Up to {@code size} items from {@code cursor} on (null: from the start), with the cursor of the
     * next page. The cursor is checked before anything is sent: one from another table or index, or an
     * altered one, is refused with {@link InvalidCursorException}.
     */
    public Page<T> page(int size, @Nullable String cursor) {
        checkPageable(size);
        Paging.Chunk chunk = Futures.join(runner.loop(new Paging.Fill(spec(null), size, cursor)));
        return new Page<>(items(chunk.items()), chunk.cursor());
    }
}
