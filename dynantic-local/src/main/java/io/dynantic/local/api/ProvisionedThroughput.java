package io.dynantic.local.api;

/** The capacity of a PROVISIONED table or index, as a request gives it. */
public record ProvisionedThroughput(Long readCapacityUnits, Long writeCapacityUnits) {}
