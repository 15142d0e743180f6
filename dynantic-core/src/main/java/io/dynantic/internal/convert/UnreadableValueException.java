package io.dynantic.internal.convert;

import org.jspecify.annotations.Nullable;

/**
 * A stored value that does not fit the model, with the path to it; enclosing converters prepend
 * their segment the way {@link InvalidValueException} does.
 */
public final class UnreadableValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;

    public UnreadableValueException(String reason, @Nullable Throwable cause) {
        this("", reason, cause);
    }

    private UnreadableValueException(String path, String reason, @Nullable Throwable cause) {
        super(path.isEmpty() ? reason : path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }

    /** The same failure, one level deeper under {@code segment}. */
    public UnreadableValueException under(String segment) {
        String p = path.isEmpty() ? segment : path.startsWith("[") ? segment + path : segment + "." + path;
        return new UnreadableValueException(p, reason, getCause());
    }
}
