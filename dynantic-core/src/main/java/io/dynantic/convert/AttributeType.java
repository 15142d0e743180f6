package io.dynantic.convert;

/** The DynamoDB attribute value types, as named in DynamoDB's data type descriptors. */
public enum AttributeType {
    /** String. */
    S,
    /** Number. */
    N,
    /** Binary. */
    B,
    /** String set. */
    SS,
    /** Number set. */
    NS,
    /** Binary set. */
    BS,
    /** Map. */
    M,
    /** List. */
    L,
    /** Null. */
    NULL,
    /** Boolean. */
    BOOL;

    /** Whether a value of this type may be a table or index key. */
    public boolean isKeyType() {
        return this == S || this == N || this == B;
    }
}
