package io.dynantic.local.api;

/** A DescribeTimeToLive request. */
public record DescribeTimeToLiveRequest(String tableName) {}
