package io.dynantic.local.wire;

/** A request body that is not the JSON shape the action takes: DynamoDB's {@code SerializationException}. */
final class SerializationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SerializationException(String message) {
        super(message);
    }
}
