package io.dynantic.local.api;

/** A CreateTable response. */
public record CreateTableResponse(TableDescription tableDescription) {}
