package io.dynantic.local.api;

/** A DescribeTimeToLive response. */
public record DescribeTimeToLiveResponse(TimeToLiveDescription timeToLiveDescription) {}
