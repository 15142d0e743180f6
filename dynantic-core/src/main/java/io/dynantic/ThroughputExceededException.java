package io.dynantic;

import org.jspecify.annotations.Nullable;

/** DynamoDB throttled the request and the SDK's retries ran out. */
public class ThroughputExceededException extends DynanticException {
    private static final long serialVersionUID = 1L;

    public ThroughputExceededException(String message) {
        super(message);
    }

    public ThroughputExceededException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
