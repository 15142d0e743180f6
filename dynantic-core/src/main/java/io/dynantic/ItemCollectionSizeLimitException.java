package io.dynantic;

import org.jspecify.annotations.Nullable;

/** An item collection (the items sharing a partition key in a table with a local index) exceeded 10 GB. */
public class ItemCollectionSizeLimitException extends DynanticException {
    private static final long serialVersionUID = 1L;

    public ItemCollectionSizeLimitException(String message) {
        super(message);
    }

    public ItemCollectionSizeLimitException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
