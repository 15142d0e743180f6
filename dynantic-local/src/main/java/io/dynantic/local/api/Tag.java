package io.dynantic.local.api;

/** A tag of a table: a key and its value. */
public record Tag(String key, String value) {}
