package io.dynantic;

/**
 * A page cursor that this read did not make: one from another table or index, or one that was
 * truncated or altered (cursors often travel through clients of a service). Thrown before anything
 * is sent.
 */
public class InvalidCursorException extends DynanticException {
    private static final long serialVersionUID = 1L;

    public InvalidCursorException(String message) {
        super(message);
    }
}
