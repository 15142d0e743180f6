package io.dynantic;

import io.dynantic.expression.Attribute;
import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.schema.IndexModel;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Every item of the table or of an index (Scan), from {@link Table#scan()} or {@link Index#scan()}.
 *
 * <pre>{@code
 * users.scan().filter(User_.balance.ge(BigDecimal.ZERO)).limit(10).list();
 * users.scan().segments(4).list();   // parallel scan
 * }</pre>
 *
 * <p>A scan reads the whole table (and pays for it); prefer a query where a key allows one. Not
 * thread-safe. {@link AsyncScan} is the async twin.
 *
 * @param <T> the model type
 */
public final class Scan<T> extends Reader<T, Scan<T>> {
    Scan(DynamoDbClient client, ItemCodec<T> codec, @Nullable IndexModel index) {
        super(client, codec, index, null);
    }

    @Override
    Scan<T> self() {
        return this;
    }

    /**
     * Scans in {@code n} segments at once (a parallel scan; up to 16 threads): every item comes
     * exactly once, segment after segment. Results are read from all segments before they are
     * returned, and {@code page(...)} is not available.
     */
    public Scan<T> segments(int n) {
        return parallel(n);
    }

    /** As {@link Query#values(Attribute, Attribute, Attribute...)}. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read
    public final List<Map<String, Object>> values(
            Attribute<? super T, ?> first, Attribute<? super T, ?> second, Attribute<? super T, ?>... more) {
        return values(paths(first, second, more));
    }
}
