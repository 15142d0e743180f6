package io.dynantic.local.api;

/** A table's status; tables of this engine are ACTIVE as soon as they are created. */
public enum TableStatus {
    ACTIVE
}
