package io.dynantic;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the library throws. All are unchecked; when DynamoDB or the SDK
 * caused the failure, the SDK exception is the {@linkplain #getCause() cause}.
 */
public class DynanticException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DynanticException(String message) {
        super(message);
    }

    public DynanticException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
