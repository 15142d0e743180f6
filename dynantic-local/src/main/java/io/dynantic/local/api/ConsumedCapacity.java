package io.dynantic.local.api;

import java.util.Map;

/**
 * The capacity units one request consumed on one table: the total, and with ReturnConsumedCapacity INDEXES also the
 * table's and each index's share (otherwise {@code null}).
 */
public record ConsumedCapacity(
        String tableName,
        double capacityUnits,
        Capacity table,
        Map<String, Capacity> localSecondaryIndexes,
        Map<String, Capacity> globalSecondaryIndexes) {

    /** One table's or index's share. */
    public record Capacity(double capacityUnits) {}
}
