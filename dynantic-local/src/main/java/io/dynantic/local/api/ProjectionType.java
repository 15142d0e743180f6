package io.dynantic.local.api;

/** Which attributes a secondary index copies from the table's items. */
public enum ProjectionType {
    ALL,
    KEYS_ONLY,
    INCLUDE
}
