package io.dynantic.local.json;

/** A document that is not well-formed JSON. */
public final class JsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with what is wrong and where. */
    public JsonException(String message) {
        super(message);
    }
}
