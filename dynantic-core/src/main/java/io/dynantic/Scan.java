package io.dynantic;

import io.dynantic.expression.Path;
import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.operation.Paging;
import io.dynantic.internal.operation.ReadSpec;
import io.dynantic.internal.schema.IndexModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every item of the table or of an index (Scan), from {@link Table#scan()} or {@link Index#scan()}.
 *
 * <pre>{@code
 * users.scan().filter(User_.balance.ge(BigDecimal.ZERO)).limit(10).list();
 * users.scan().segments(4).stream();   // parallel scan
 * }</pre>
 *
 * <p>A scan reads the whole table (and pays for it); prefer a query where a key allows one. Not
 * thread-safe.
 *
 * @param <T> the model type
 */
public final class Scan<T> extends ReadBuilder<T, Scan<T>> {
    private int segments = 1;

    Scan(DynamoDbClient client, ItemCodec<T> codec, @Nullable IndexModel index) {
        super(client, codec, index);
    }

    @Override
    Scan<T> self() {
        return this;
    }

    /**
     * Scans in {@code n} segments at once, each on its own thread (a parallel scan): every item
     * comes exactly once, segment after segment; {@code list()}, {@code stream()} and {@code
     * values(...)} then read all segments before returning, and {@code page(...)} is not available.
     */
    public Scan<T> segments(int n) {
        if (n < 1 || n > 1_000_000) {
            throw new IllegalArgumentException("segments must be from 1 to 1000000, not " + n);
        }
        this.segments = n;
        return this;
    }

    @Override
    ReadSpec spec(@Nullable List<Path> projection) {
        return new ReadSpec(
                codec, index, null, null, List.of(), filter, projection, consistent, false, pageSize, null, null);
    }

    @Override
    Iterator<Map<String, AttributeValue>> stored(ReadSpec spec, @Nullable Long limit) {
        if (segments == 1) {
            return super.stored(spec, limit);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(segments, 16));
        try {
            List<CompletableFuture<List<Map<String, AttributeValue>>>> parts = new ArrayList<>(segments);
            for (int s = 0; s < segments; s++) {
                ReadSpec segment = spec.segment(s, segments);
                parts.add(CompletableFuture.supplyAsync(
                        () -> {
                            List<Map<String, AttributeValue>> items = new ArrayList<>();
                            Paging.items(client, segment, limit).forEachRemaining(items::add);
                            return items;
                        },
                        pool));
            }
            List<Map<String, AttributeValue>> all = new ArrayList<>();
            for (CompletableFuture<List<Map<String, AttributeValue>>> part : parts) {
                all.addAll(part.join());
            }
            return (limit == null || all.size() <= limit ? all : all.subList(0, (int) (long) limit)).iterator();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public long count() {
        if (segments == 1) {
            return super.count();
        }
        long total = 0;
        for (int s = 0; s < segments; s++) {
            total += Paging.count(client, spec(null).segment(s, segments));
        }
        return total;
    }

    @Override
    public Page<T> page(int size, @Nullable String cursor) {
        if (segments != 1) {
            throw new IllegalStateException("a parallel scan has no single cursor; page(...) needs segments(1)");
        }
        return super.page(size, cursor);
    }
}
