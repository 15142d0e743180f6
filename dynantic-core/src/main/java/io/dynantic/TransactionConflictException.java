package io.dynantic;

import org.jspecify.annotations.Nullable;

/** Another transaction was in progress on the same item. */
public class TransactionConflictException extends DynanticException {
    private static final long serialVersionUID = 1L;

    public TransactionConflictException(String message) {
        super(message);
    }

    public TransactionConflictException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
