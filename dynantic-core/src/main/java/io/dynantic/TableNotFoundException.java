package io.dynantic;

import org.jspecify.annotations.Nullable;

/** The table does not exist (DynamoDB {@code ResourceNotFoundException}). */
public class TableNotFoundException extends DynanticException {
    private static final long serialVersionUID = 1L;

    public TableNotFoundException(String message) {
        super(message);
    }

    public TableNotFoundException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
