package io.dynantic;

import org.jspecify.annotations.Nullable;

/** DynamoDB rejected the request as invalid ({@code ValidationException}). */
public class DynamoValidationException extends DynanticException {
    private static final long serialVersionUID = 1L;

    public DynamoValidationException(String message) {
        super(message);
    }

    public DynamoValidationException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
