package io.dynantic.local.api;

/** A table's Time to Live as DescribeTimeToLive reports it; {@code attributeName} is {@code null} when disabled. */
public record TimeToLiveDescription(TimeToLiveStatus timeToLiveStatus, String attributeName) {}
