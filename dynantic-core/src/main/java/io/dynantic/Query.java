package io.dynantic;

import io.dynantic.expression.Attribute;
import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.schema.IndexModel;
import java.util.List;
import java.util.Map;
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
 * <p>Its sort-key conditions are those of {@link SortKeyConditions}. Not thread-safe. {@link AsyncQuery} is the async twin.
 *
 * @param <T> the model type
 */
public final class Query<T> extends Reader<T, Query<T>> implements SortKeyConditions<Query<T>> {
    Query(DynamoDbClient client, ItemCodec<T> codec, @Nullable IndexModel index, Object partitionValue) {
        super(client, codec, index, ReadSteps.requirePartition(codec, index, partitionValue));
    }

    @Override
    Query<T> self() {
        return this;
    }

    /** Reads in descending sort-key order. */
    public Query<T> descending() {
        this.descending = true;
        return this;
    }

    /**
     * Several attributes of each matching item, as maps from the attribute path ({@code login_count},
     * {@code address.city}: stored names) to the value as its field's type; an attribute an item lacks
     * is left out of its map. Only these attributes are read ({@code ProjectionExpression}).
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read
    public final List<Map<String, Object>> values(
            Attribute<? super T, ?> first, Attribute<? super T, ?> second, Attribute<? super T, ?>... more) {
        return values(paths(first, second, more));
    }
}
