package io.dynantic.local.api;

/** Turns Time to Live on or off for a table, naming the attribute that holds each item's expiry time. */
public record TimeToLiveSpecification(Boolean enabled, String attributeName) {}
