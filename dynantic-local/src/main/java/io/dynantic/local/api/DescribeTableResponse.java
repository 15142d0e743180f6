package io.dynantic.local.api;

/** A DescribeTable response. */
public record DescribeTableResponse(TableDescription table) {}
