package io.dynantic.internal.operation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads over as many requests as it takes. Each way of reading (collect items, count, fill one page
 * for a cursor) is a {@link Steps} written once, which {@link Runner#loop} drives on either client.
 */
public final class Paging {
    private Paging() {}

    /** A read that decides its next request from the results so far. */
    public interface Steps<R> {
        /** The next request. */
        ReadPage<?, ?> next();

        /** Takes a page's result; true when no further request is needed. */
        boolean accept(ReadPage.Result page);

        /** The outcome, once done. */
        R result();
    }

    /**
     * Collects items up to a limit. Lazy readers take what each page brought with {@link #drain()}
     * before asking for the next one, so that at most one page is held.
     */
    public static final class Collect implements Steps<List<Map<String, AttributeValue>>> {
        private final ReadSpec spec;
        private final @Nullable Long limit;
        private List<Map<String, AttributeValue>> items = new ArrayList<>();
        private @Nullable Map<String, AttributeValue> start;
        private long returned;
        private boolean done;

        /** @param limit the most items to return, or null for all */
        public Collect(ReadSpec spec, @Nullable Long limit) {
            this.spec = spec;
            this.limit = limit;
            this.done = limit != null && limit < 1;
        }

        @Override
        public ReadPage<?, ?> next() {
            return ReadPage.of(spec, start, requestLimit(spec, limit, returned), false);
        }

        @Override
        public boolean accept(ReadPage.Result page) {
            List<Map<String, AttributeValue>> got = page.items();
            if (limit != null && returned + got.size() > limit) {
                got = got.subList(0, (int) (limit - returned));
            }
            items.addAll(got);
            returned += got.size();
            start = page.lastKey();
            done = start == null || limit != null && returned >= limit;
            return done;
        }

        @Override
        public List<Map<String, AttributeValue>> result() {
            return items;
        }

        /** Whether every wanted item has been read. */
        public boolean done() {
            return done;
        }

        /** The items read since the last drain. */
        public List<Map<String, AttributeValue>> drain() {
            List<Map<String, AttributeValue>> out = items;
            items = new ArrayList<>();
            return out;
        }
    }

    /**
     * DynamoDB's {@code Limit} for the next request: the page size when set; otherwise, when nothing
     * is filtered out after reading, just the items still wanted.
     */
    private static @Nullable Integer requestLimit(ReadSpec spec, @Nullable Long limit, long returned) {
        if (spec.pageSize() != null) {
            return spec.pageSize();
        }
        boolean filtered =
                spec.filter() != null || !spec.codec().model().siblingValues().isEmpty();
        if (limit == null || filtered) {
            return null;
        }
        return (int) Math.min(limit - returned, Integer.MAX_VALUE);
    }

    /** The items of a read on a sync client, fetching a page only when the previous one is used up. */
    public static Iterator<Map<String, AttributeValue>> lazily(Runner runner, ReadSpec spec, @Nullable Long limit) {
        Collect collect = new Collect(spec, limit);
        return new Iterator<>() {
            private Iterator<Map<String, AttributeValue>> page =
                    List.<Map<String, AttributeValue>>of().iterator();

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !collect.done()) {
                    collect.accept(Futures.join(runner.run(collect.next())));
                    page = collect.drain().iterator();
                }
                return page.hasNext();
            }

            @Override
            public Map<String, AttributeValue> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
    }

    /** Counts the items a read matches, over all pages ({@code Select COUNT}). */
    public static final class Count implements Steps<Long> {
        private final ReadSpec spec;
        private @Nullable Map<String, AttributeValue> start;
        private long total;

        public Count(ReadSpec spec) {
            this.spec = spec;
        }

        @Override
        public ReadPage<?, ?> next() {
            return ReadPage.of(spec, start, spec.pageSize(), true);
        }

        @Override
        public boolean accept(ReadPage.Result page) {
            total += page.count();
            start = page.lastKey();
            return start == null;
        }

        @Override
        public Long result() {
            return total;
        }
    }

    /**
     * One page of at most {@code size} items.
     *
     * @param items the items
     * @param cursor where the next page starts, or null at the end
     */
    public record Chunk(
            List<Map<String, AttributeValue>> items,
            @Nullable String cursor) {}

    /** Fills one page of {@code size} items from a cursor, and makes the cursor of the next. */
    public static final class Fill implements Steps<Chunk> {
        private final ReadSpec spec;
        private final int size;
        private final List<Map<String, AttributeValue>> items;
        private @Nullable Map<String, AttributeValue> start;
        private @Nullable String cursor;

        /**
         * @param cursor where to start (null: at the beginning)
         * @throws io.dynantic.InvalidCursorException when the cursor is not one of this read's
         */
        public Fill(ReadSpec spec, int size, @Nullable String cursor) {
            this.spec = spec;
            this.size = size;
            // A page is filled as items come: a large size asked for allocates nothing up front.
            this.items = new ArrayList<>(Math.min(size, 100));
            this.start = cursor == null ? null : Cursors.decode(spec, cursor);
        }

        @Override
        public ReadPage<?, ?> next() {
            return ReadPage.of(spec, start, requestLimit(spec, (long) size, items.size()), false);
        }

        @Override
        public boolean accept(ReadPage.Result page) {
            List<Map<String, AttributeValue>> got = page.items();
            int wanted = size - items.size();
            if (got.size() > wanted) {
                // Stopped inside DynamoDB's page: the next page starts after the last item returned.
                items.addAll(got.subList(0, wanted));
                cursor = Cursors.encode(spec, keyOf(items.get(items.size() - 1)));
                return true;
            }
            items.addAll(got);
            start = page.lastKey();
            if (start != null && items.size() == size) {
                cursor = Cursors.encode(spec, start);
            }
            return start == null || items.size() == size;
        }

        private Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            for (String name : spec.keyAttributes()) {
                key.put(name, item.get(name));
            }
            return key;
        }

        @Override
        public Chunk result() {
            return new Chunk(items, cursor);
        }
    }
}
