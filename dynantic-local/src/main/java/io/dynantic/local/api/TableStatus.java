package io.dynantic.local.api;

/** A table's status; tables of this engine are ACTIVE as soon as they are created, DELETING in DeleteTable's answer. */
public enum TableStatus {
    ACTIVE,
    DELETING
}
