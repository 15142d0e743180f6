package io.dynantic.local.api;

/** An UpdateTimeToLive request. */
public record UpdateTimeToLiveRequest(String tableName, TimeToLiveSpecification timeToLiveSpecification) {}
