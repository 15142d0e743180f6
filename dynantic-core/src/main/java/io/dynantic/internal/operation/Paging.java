package io.dynantic.internal.operation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs a read page by page on a sync client: lazily item by item, as one page of a given size with a
 * cursor, or as a count.
 */
public final class Paging {
    private Paging() {}

    /**
     * The items of the read, fetching a page only when the previous one is used up, so that at most
     * one page is held; stops after {@code limit} items.
     *
     * @param limit the most items to return, or null for all
     */
    public static Iterator<Map<String, AttributeValue>> items(DynamoDbClient client, ReadSpec spec, Long limit) {
        return new Iterator<>() {
            private Iterator<Map<String, AttributeValue>> page =
                    List.<Map<String, AttributeValue>>of().iterator();
            private Map<String, AttributeValue> next;
            private boolean more = true;
            private long returned;

            @Override
            public boolean hasNext() {
                if (limit != null && returned >= limit) {
                    return false;
                }
                while (!page.hasNext() && more) {
                    ReadPage.Result result = ReadPage.of(spec, next, requestLimit(spec, limit, returned), false)
                            .execute(client);
                    page = result.items().iterator();
                    next = result.lastKey();
                    more = next != null;
                }
                return page.hasNext();
            }

            @Override
            public Map<String, AttributeValue> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                returned++;
                return page.next();
            }
        };
    }

    /**
     * DynamoDB's {@code Limit} for the next request: the page size when set; otherwise, when nothing
     * is filtered out after reading, just the items still wanted.
     */
    private static Integer requestLimit(ReadSpec spec, Long limit, long returned) {
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

    /**
     * One page of at most {@code size} items from the cursor on.
     *
     * @param items the items
     * @param cursor where the next page starts, or null at the end
     */
    public record Chunk(List<Map<String, AttributeValue>> items, String cursor) {}

    /** Reads up to {@code size} items after {@code cursor} (null: from the start). */
    public static Chunk page(DynamoDbClient client, ReadSpec spec, int size, String cursor) {
        Map<String, AttributeValue> start = cursor == null ? null : Cursors.decode(spec, cursor);
        List<Map<String, AttributeValue>> items = new ArrayList<>(size);
        while (true) {
            ReadPage.Result result = ReadPage.of(spec, start, requestLimit(spec, (long) size, items.size()), false)
                    .execute(client);
            List<Map<String, AttributeValue>> got = result.items();
            int wanted = size - items.size();
            if (got.size() > wanted) {
                // Stopped inside DynamoDB's page: the next page starts after the last item returned.
                items.addAll(got.subList(0, wanted));
                return new Chunk(items, Cursors.encode(spec, keyOf(spec, items.get(items.size() - 1))));
            }
            items.addAll(got);
            start = result.lastKey();
            if (start == null) {
                return new Chunk(items, null);
            }
            if (items.size() == size) {
                return new Chunk(items, Cursors.encode(spec, start));
            }
        }
    }

    private static Map<String, AttributeValue> keyOf(ReadSpec spec, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String name : spec.keyAttributes()) {
            key.put(name, item.get(name));
        }
        return key;
    }

    /** How many items the read matches, over all pages (Select COUNT). */
    public static long count(DynamoDbClient client, ReadSpec spec) {
        long total = 0;
        Map<String, AttributeValue> start = null;
        do {
            ReadPage.Result result =
                    ReadPage.of(spec, start, spec.pageSize(), true).execute(client);
            total += result.count();
            start = result.lastKey();
        } while (start != null);
        return total;
    }
}
