package io.dynantic.internal.convert;

/** No converter handles a type; the message says which type and what to do about it. */
public final class UnsupportedTypeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnsupportedTypeException(String message) {
        super(message);
    }
}
