package io.dynantic.local.api;

/** A key attribute's role: partition key (HASH) or sort key (RANGE). */
public enum KeyType {
    HASH,
    RANGE
}
