package io.dynantic.internal.operation;

/** How a write treats the item's generated fields and existence. */
public enum WriteMode {
    /** Upsert: generated fields are filled when null; the version is checked and bumped. */
    SAVE,
    /** Insert: as SAVE, but the version starts at 1 and the item must not exist. */
    CREATE
}
