package io.dynantic.local.api;

/** Whether a response reports the capacity its request consumed: in total, by table and index, or not at all. */
public enum ReturnConsumedCapacity {
    INDEXES,
    TOTAL,
    NONE
}
