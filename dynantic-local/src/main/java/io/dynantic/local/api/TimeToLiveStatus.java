package io.dynantic.local.api;

/** A table's Time to Live status; this engine changes it at once, so it is never ENABLING or DISABLING. */
public enum TimeToLiveStatus {
    ENABLED,
    DISABLED
}
