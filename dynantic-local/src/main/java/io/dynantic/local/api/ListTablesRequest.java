package io.dynantic.local.api;

/** A ListTables request; both parameters are optional ({@code null}). */
public record ListTablesRequest(String exclusiveStartTableName, Integer limit) {}
