package io.dynantic.it.model;

public enum UserStatus {
    ACTIVE,
    SUSPENDED,
    BANNED
}
