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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The results of a query or scan on an async client: the same as {@link Query}'s, as futures that
 * fail with the same exceptions (not wrapped in {@code CompletionException}), plus a {@link
 * #publisher()}. Nothing blocks a thread. Not thread-safe, like the builder it ends. Package-private, as
 * {@code Reader} is.
 *
 * @param <T> the model type
 * @param <B> the concrete builder type
 */
abstract class AsyncReader<T, B extends AsyncReader<T, B>> extends ReadSteps<T, B> {
    private final Runner runner;

    AsyncReader(
            DynamoDbAsyncClient client,
            ItemCodec<T> codec,
            @Nullable IndexModel index,
            @Nullable Object partitionValue) {
        super(codec, index, partitionValue);
        this.runner = Runner.of(client);
    }

    private CompletableFuture<List<Map<String, AttributeValue>>> stored(ReadSpec spec, @Nullable Long limit) {
        return read(runner, spec, limit);
    }

    /** Every matching item (up to the limit). */
    public CompletableFuture<List<T>> list() {
        return Futures.attempt(() -> Futures.map(stored(spec(null), limit), this::items));
    }

    /**
     * The matching items (up to the limit) as a reactive stream: a page is requested only when the
     * subscriber's demand needs more items, and at most one page is held. A parallel scan reads all
     * segments first. Each subscription reads anew.
     */
    public Flow.Publisher<T> publisher() {
        ReadSpec spec;
        try {
            spec = spec(null);
        } catch (RuntimeException e) {
            // What is wrong with the read reaches each subscriber, as a failed page would.
            return subscriber -> new PagePublisher<T>(subscriber, new PagePublisher.Source<T>() {
                        @Override
                        public CompletableFuture<List<T>> next() {
                            return CompletableFuture.failedFuture(e);
                        }

                        @Override
                        public boolean done() {
                            return false;
                        }
                    })
                    .start();
        }
        Long max = limit;
        if (segments != 1) {
            return subscriber -> new PagePublisher<T>(subscriber, new PagePublisher.Source<T>() {
                        private boolean done;

                        @Override
                        public CompletableFuture<List<T>> next() {
                            done = true;
                            return Futures.map(stored(spec, max), found -> items(found));
                        }

                        @Override
                        public boolean done() {
                            return done;
                        }
                    })
                    .start();
        }
        return subscriber -> {
            Paging.Collect collect = new Paging.Collect(spec, max);
            new PagePublisher<T>(subscriber, new PagePublisher.Source<T>() {
                        @Override
                        public CompletableFuture<List<T>> next() {
                            return Futures.map(runner.run(collect.next()), page -> {
                                collect.accept(page);
                                return items(collect.drain());
                            });
                        }

                        @Override
                        public boolean done() {
                            return collect.done();
                        }
                    })
                    .start();
        };
    }

    /** The first matching item, if any; the builder's own limit is left as it is. */
    public CompletableFuture<Optional<T>> first() {
        return Futures.attempt(() -> Futures.map(
                stored(spec(null), 1L), found -> items(found).stream().findFirst()));
    }

    /**
     * The only matching item; fails with {@link ItemNotFoundException} when nothing matches, with
     * {@link TooManyItemsException} when more than one item does.
     */
    public CompletableFuture<T> one() {
        return Futures.attempt(() -> Futures.map(stored(spec(null), 2L), this::only));
    }

    /** How many items match, counted by DynamoDB over all pages ({@code Select COUNT}); ignores the limit. */
    public CompletableFuture<Long> count() {
        return Futures.attempt(() -> count(runner));
    }

    /** As {@link Query#values(Attribute)}. */
    public <V> CompletableFuture<List<V>> values(Attribute<? super T, V> attribute) {
        return Futures.attempt(() -> {
            Path path = Objects.requireNonNull(attribute, "attribute").path();
            return Futures.map(stored(spec(List.of(path)), limit), found -> column(found, path));
        });
    }

    /** The projection of the final subclasses' {@code values(first, second, more...)}. */
    final CompletableFuture<List<Map<String, Object>>> values(List<Path> paths) {
        return Futures.attempt(() -> Futures.map(stored(spec(paths), limit), found -> rows(found, paths)));
    }

    /** As {@link Query#page(int, String)}; a cursor that is not this read's fails the future. */
    public CompletableFuture<Page<T>> page(int size, @Nullable String cursor) {
        return Futures.attempt(() -> {
            checkPageable(size);
            Paging.Fill fill = new Paging.Fill(spec(null), size, cursor);
            return Futures.map(runner.loop(fill), chunk -> new Page<>(items(chunk.items()), chunk.cursor()));
        });
    }
}
