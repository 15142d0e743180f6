package io.dynantic.local.api;

/** A table's provisioned capacity as DescribeTable reports it; zero for an on-demand table. */
public record ProvisionedThroughputDescription(
        long readCapacityUnits, long writeCapacityUnits, long numberOfDecreasesToday) {}
