package io.dynantic.local.value;

/** The ten DynamoDB attribute value types, named by their wire descriptors. */
public enum Type {
    S,
    N,
    B,
    BOOL,
    NULL,
    SS,
    NS,
    BS,
    L,
    M;

    /** Whether values of this type can be ordered (and so be key attributes): S, N and B. */
    public boolean isScalarKeyType() {
        return this == S || this == N || this == B;
    }
}
