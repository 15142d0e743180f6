package io.dynantic.local.api;

/** One element of a key schema. */
public record KeySchemaElement(String attributeName, KeyType keyType) {}
