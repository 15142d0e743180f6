package io.dynantic.local.api;

/** A DeleteTable response: the table as it was when deleted. */
public record DeleteTableResponse(TableDescription tableDescription) {}
