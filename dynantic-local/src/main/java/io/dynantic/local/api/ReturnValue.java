package io.dynantic.local.api;

/** What a write returns: PutItem and DeleteItem accept NONE and ALL_OLD, UpdateItem all five. */
public enum ReturnValue {
    NONE,
    ALL_OLD,
    UPDATED_OLD,
    ALL_NEW,
    UPDATED_NEW
}
