package io.dynantic.local.api;

/**
 * The throughput a table or global index can serve at once, as DescribeTable reports it; this engine reports
 * DynamoDB's figures for a new on-demand table.
 */
public record WarmThroughput(long readUnitsPerSecond, long writeUnitsPerSecond, String status) {
    /** DynamoDB's warm throughput of a new on-demand table or index. */
    public static final WarmThroughput ON_DEMAND = new WarmThroughput(12000, 4000, "ACTIVE");
}
