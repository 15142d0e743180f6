package io.dynantic;

import org.jspecify.annotations.Nullable;

/** A stored item does not fit the model; the message names the attribute path. */
public class MappingException extends DynanticException {
    private static final long serialVersionUID = 1L;

    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
