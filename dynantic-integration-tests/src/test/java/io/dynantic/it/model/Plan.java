package io.dynantic.it.model;

import io.dynantic.annotation.EnumValue;

/** A plan stored by its lower-case value, as a Python {@code enum.Enum} of strings stores it. */
public enum Plan {
    FREE("free"),
    PRO("pro");

    @EnumValue
    private final String value;

    Plan(String value) {
        this.value = value;
    }
}
