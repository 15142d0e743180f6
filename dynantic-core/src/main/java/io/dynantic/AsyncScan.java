package io.dynantic;

import io.dynantic.expression.Attribute;
import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.schema.IndexModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The async twin of {@link Scan}, from {@link AsyncTable#scan()} or {@link AsyncIndex#scan()}: the
 * same steps; results as futures or a {@link #publisher()}; segments of a parallel scan run
 * concurrently without a thread each. Not thread-safe.
 *
 * @param <T> the model type
 */
public final class AsyncScan<T> extends AsyncReader<T, AsyncScan<T>> {
    AsyncScan(DynamoDbAsyncClient client, ItemCodec<T> codec, @Nullable IndexModel index) {
        super(client, codec, index, null);
    }

    @Override
    AsyncScan<T> self() {
        return this;
    }

    /**
     * Scans in {@code n} segments at once (a parallel scan, up to 16 segments in flight together): every item comes
     * exactly once, segment after segment. Results are read from all segments before they are
     * returned, and {@code page(...)} is not available.
     */
    public AsyncScan<T> segments(int n) {
        return parallel(n);
    }

    /** As {@link Query#values(Attribute, Attribute, Attribute...)}. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read
    public final CompletableFuture<List<Map<String, Object>>> values(
            Attribute<? super T, ?> first, Attribute<? super T, ?> second, Attribute<? super T, ?>... more) {
        return values(paths(first, second, more));
    }
}
