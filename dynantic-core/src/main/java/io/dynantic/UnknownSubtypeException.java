package io.dynantic;

import org.jspecify.annotations.Nullable;

/** A stored discriminator names no registered subtype; data never chooses a class outside the registered set. */
public class UnknownSubtypeException extends MappingException {
    private static final long serialVersionUID = 1L;

    public UnknownSubtypeException(String message) {
        super(message);
    }

    public UnknownSubtypeException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
