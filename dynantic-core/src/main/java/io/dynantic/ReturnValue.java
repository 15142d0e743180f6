package io.dynantic;

/** What an update returns, as DynamoDB's {@code ReturnValues}. */
public enum ReturnValue {
    /** Nothing (the default). */
    NONE,
    /** The whole item as it was before the update: {@code execute()} gives it, empty when it was new. */
    ALL_OLD,
    /** The whole item after the update: {@code execute()} gives it. */
    ALL_NEW,
    /** The updated attributes as they were before: read them with {@code executeForAttributes()}. */
    UPDATED_OLD,
    /** The updated attributes as they are after: read them with {@code executeForAttributes()}. */
    UPDATED_NEW
}
