package io.dynantic.local;

/**
 * DynamoDB's {@code IdempotentParameterMismatchException}: a TransactWriteItems repeated a client request token
 * of the last 10 minutes with a different request. Immutable and thread-safe.
 */
public final class IdempotentParameterMismatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    // DynamoDB's message; NOT confirmed (the responses quoted in issues show the exception's name only). This is
    // the text AWS services use for a reused client token.
    public static final String MESSAGE =
            "The request uses the same client token as a previous, but non-identical request.";

    /** Creates the exception with DynamoDB's message. */
    public IdempotentParameterMismatchException() {
        super(MESSAGE);
    }
}
