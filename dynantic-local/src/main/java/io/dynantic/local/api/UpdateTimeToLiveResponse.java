package io.dynantic.local.api;

/** An UpdateTimeToLive response: the specification as applied. */
public record UpdateTimeToLiveResponse(TimeToLiveSpecification timeToLiveSpecification) {}
