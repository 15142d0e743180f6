package io.dynantic;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a query or scan, for external pagination ({@code page(size, cursor)}). Immutable.
 *
 * <pre>{@code
 * Page<User> page = users.query("team-1").page(20, request.cursor());
 * respond(page.items(), page.cursor());   // hand the cursor back for the next page
 * }</pre>
 *
 * @param <T> the model type
 */
public final class Page<T> {
    private final List<T> items;
    private final @Nullable String cursor;

    Page(List<T> items, @Nullable String cursor) {
        this.items = List.copyOf(items);
        this.cursor = cursor;
    }

    /** The items, in the order read; at most the requested size. */
    public List<T> items() {
        return items;
    }

    /**
     * Where the next page starts: opaque, URL-safe text to pass back to {@code page(size, cursor)} of
     * the same query; null at the end. A page that ends exactly where the data ends may still have a
     * cursor, whose page is then empty.
     */
    public @Nullable String cursor() {
        return cursor;
    }

    /** Whether there is a cursor, so possibly more items. */
    public boolean hasMore() {
        return cursor != null;
    }

    @Override
    public String toString() {
        return "Page[" + items.size() + " items" + (cursor == null ? ", last" : "") + "]";
    }
}
