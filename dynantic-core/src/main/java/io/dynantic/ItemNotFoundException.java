package io.dynantic;

import org.jspecify.annotations.Nullable;

/** An item that had to exist does not. */
public class ItemNotFoundException extends DynanticException {
    private static final long serialVersionUID = 1L;

    public ItemNotFoundException(String message) {
        super(message);
    }

    public ItemNotFoundException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
