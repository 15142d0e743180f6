package io.dynantic.local.api;

import io.dynantic.local.value.Type;

/** The types a key attribute can have. */
public enum ScalarAttributeType {
    S,
    N,
    B;

    /** The value type of this attribute type. */
    public Type type() {
        return Type.valueOf(name());
    }
}
