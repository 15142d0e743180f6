package io.dynantic.local.api;

/** A DeleteTable request. */
public record DeleteTableRequest(String tableName) {}
