package io.dynantic;

import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.schema.IndexModel;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The items of one partition (Query), of the table or of an index, from {@link Table#query(Object)}
 * or {@link Index#query(Object)}; sorted by the sort key.
 *
 * <pre>{@code
 * List<User> recent = users.query("mario").beginsWith("2023").limit(5).list();
 * users.index("by-status").query("ACTIVE").gt(since).descending().stream();
 * }</pre>
 *
 * <p>Sort-key values are given as the sort key field's Java type (an {@code Instant}, a number…) and
 * encoded exactly as stored values are; a value of another type is refused before sending. {@code
 * beginsWith} also takes a text prefix of a key stored as text. A second sort-key condition replaces
 * the first. Not thread-safe. {@link AsyncQuery} is the async twin.
 *
 * @param <T> the model type
 */
public final class Query<T> extends Reader<T, Query<T>> {
    Query(DynamoDbClient client, ItemCodec<T> codec, @Nullable IndexModel index, Object partitionValue) {
        super(client, codec, index, ReadSteps.requirePartition(codec, index, partitionValue));
    }

    @Override
    Query<T> self() {
        return this;
    }

    /** The sort key equals {@code value}. */
    public Query<T> eq(Object value) {
        return sort(key -> key.eq(value), value);
    }

    /** The sort key is less than {@code value}. */
    public Query<T> lt(Object value) {
        return sort(key -> key.lt(value), value);
    }

    /** The sort key is less than or equal to {@code value}. */
    public Query<T> le(Object value) {
        return sort(key -> key.le(value), value);
    }

    /** The sort key is greater than {@code value}. */
    public Query<T> gt(Object value) {
        return sort(key -> key.gt(value), value);
    }

    /** The sort key is greater than or equal to {@code value}. */
    public Query<T> ge(Object value) {
        return sort(key -> key.ge(value), value);
    }

    /** {@code low <= sort key <= high}. */
    public Query<T> between(Object low, Object high) {
        return sort(key -> key.between(low, high), low, high);
    }

    /** The sort key (a string or binary) starts with {@code prefix}. */
    public Query<T> beginsWith(Object prefix) {
        return sort(key -> key.beginsWith(prefix), prefix);
    }

    /** Reads in descending sort-key order. */
    public Query<T> descending() {
        this.descending = true;
        return this;
    }
}
