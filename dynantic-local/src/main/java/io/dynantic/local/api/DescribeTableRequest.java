package io.dynantic.local.api;

/** A DescribeTable request. */
public record DescribeTableRequest(String tableName) {}
