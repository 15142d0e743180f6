package io.dynantic.local;

/** DynamoDB's {@code LimitExceededException}: too many control-plane changes at once. Immutable and thread-safe. */
public final class LimitExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with DynamoDB's message. */
    public LimitExceededException(String message) {
        super(message);
    }
}
