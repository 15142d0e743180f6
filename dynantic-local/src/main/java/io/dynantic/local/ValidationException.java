package io.dynantic.local;

/**
 * A request the engine refuses, reported the way DynamoDB reports a {@code ValidationException}: the
 * message is DynamoDB's own text. Immutable and thread-safe.
 */
public final class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with DynamoDB's message. */
    public ValidationException(String message) {
        super(message);
    }
}
