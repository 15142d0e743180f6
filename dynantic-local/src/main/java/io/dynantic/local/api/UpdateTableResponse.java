package io.dynantic.local.api;

/** An UpdateTable response. */
public record UpdateTableResponse(TableDescription tableDescription) {}
