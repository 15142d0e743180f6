package io.dynantic;

/**
 * A transaction was sent again with the idempotency token of an earlier one, but with other actions.
 * A token names one transaction for ten minutes: use a new token for a new transaction.
 */
public class IdempotencyMismatchException extends DynanticException {
    private static final long serialVersionUID = 1L;

    public IdempotencyMismatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
