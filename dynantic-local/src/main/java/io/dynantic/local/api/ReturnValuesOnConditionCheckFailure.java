package io.dynantic.local.api;

/** Whether a failed condition returns the item as it was (ALL_OLD). */
public enum ReturnValuesOnConditionCheckFailure {
    NONE,
    ALL_OLD
}
