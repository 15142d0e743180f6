package io.dynantic;

import org.jspecify.annotations.Nullable;

/** The request did not complete in time. */
public class RequestTimeoutException extends DynanticException {
    private static final long serialVersionUID = 1L;

    public RequestTimeoutException(String message) {
        super(message);
    }

    public RequestTimeoutException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
