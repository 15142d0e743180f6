package io.dynantic.local.api;

/**
 * What a write returns: PutItem and DeleteItem accept NONE and ALL_OLD, UpdateItem all five. Declared in the order
 * DynamoDB lists them in its message for a value outside the set.
 */
public enum ReturnValue {
    ALL_NEW,
    UPDATED_OLD,
    ALL_OLD,
    NONE,
    UPDATED_NEW
}
