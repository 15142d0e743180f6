package io.dynantic.local.action;

import io.dynantic.local.api.ConsumedCapacity;
import io.dynantic.local.api.ReturnConsumedCapacity;
import io.dynantic.local.storage.Index;
import io.dynantic.local.storage.ItemSource;
import io.dynantic.local.storage.Table;
import io.dynantic.local.value.ItemSize;
import io.dynantic.local.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The capacity units one request consumes, by table and index, reported as its ReturnConsumedCapacity asks. The
 * rules are DynamoDB's: a write costs one unit per KB (rounded up) of the larger of the item before and after, and
 * each index whose entry changes costs the same for its projected entry (two writes when the index key changes); a
 * read costs one unit per 4 KB (rounded up) of the items read, half for an eventually consistent read; a
 * transactional read or write costs twice as much. Not thread-safe: one per request.
 */
final class Meter {
    private static final long WRITE_UNIT = 1024;
    private static final long READ_UNIT = 4096;

    private final ReturnConsumedCapacity mode;
    private final Map<String, Units> tables = new LinkedHashMap<>();

    /** One table's units: the table's own and each index's. */
    private static final class Units {
        double table;
        final Map<String, Double> locals = new LinkedHashMap<>();
        final Map<String, Double> globals = new LinkedHashMap<>();

        double total() {
            return table
                    + locals.values().stream().mapToDouble(Double::doubleValue).sum()
                    + globals.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    Meter(ReturnConsumedCapacity mode) {
        this.mode = mode;
    }

    /** A write that replaced {@code old} (or nothing) by {@code now} (or nothing), {@code factor} times over. */
    void write(Table table, Map<String, Value> old, Map<String, Value> now, int factor) {
        if (mode == ReturnConsumedCapacity.NONE) {
            return;
        }
        Units units = units(table.name());
        units.table += factor * writeUnits(Math.max(size(old), size(now)));
        for (Index index : table.indexes()) {
            boolean before = old != null && index.indexes(old);
            boolean after = now != null && index.indexes(now);
            double cost = 0;
            if (before && after && index.sameIndexKey(old, now)) {
                cost = writeUnits(ItemSize.of(index.project(now)));
            } else {
                cost += before ? writeUnits(ItemSize.of(index.project(old))) : 0;
                cost += after ? writeUnits(ItemSize.of(index.project(now))) : 0;
            }
            if (cost > 0) {
                (index.global() ? units.globals : units.locals).merge(index.name(), factor * cost, Double::sum);
            }
        }
    }

    /** A read of {@code bytes} (rounded up as a whole) from the table or one of its indexes. */
    void read(Table table, ItemSource source, long bytes, boolean consistent, int factor) {
        if (mode == ReturnConsumedCapacity.NONE) {
            return;
        }
        double cost = factor * readUnits(bytes, consistent);
        Units units = units(table.name());
        if (source instanceof Index index) {
            (index.global() ? units.globals : units.locals).merge(index.name(), cost, Double::sum);
        } else {
            units.table += cost;
        }
    }

    /** A read of one item (or of none) from the table. */
    void readItem(Table table, Map<String, Value> item, boolean consistent, int factor) {
        read(table, table, size(item), consistent, factor);
    }

    /** The capacity of a single-table request, or {@code null} when not asked for. */
    ConsumedCapacity single() {
        List<ConsumedCapacity> all = all();
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    /** The capacity by table, or {@code null} when not asked for. */
    List<ConsumedCapacity> all() {
        if (mode == ReturnConsumedCapacity.NONE) {
            return null;
        }
        List<ConsumedCapacity> all = new ArrayList<>();
        tables.forEach((name, units) -> all.add(
                mode == ReturnConsumedCapacity.TOTAL
                        ? new ConsumedCapacity(name, units.total(), null, null, null)
                        : new ConsumedCapacity(
                                name,
                                units.total(),
                                new ConsumedCapacity.Capacity(units.table),
                                shares(units.locals),
                                shares(units.globals))));
        return all;
    }

    private static Map<String, ConsumedCapacity.Capacity> shares(Map<String, Double> units) {
        if (units.isEmpty()) {
            return null;
        }
        Map<String, ConsumedCapacity.Capacity> shares = new LinkedHashMap<>();
        units.forEach((name, value) -> shares.put(name, new ConsumedCapacity.Capacity(value)));
        return shares;
    }

    private Units units(String table) {
        return tables.computeIfAbsent(table, name -> new Units());
    }

    private static long size(Map<String, Value> item) {
        return item == null ? 0 : ItemSize.of(item);
    }

    static double writeUnits(long bytes) {
        return Math.max(1, (bytes + WRITE_UNIT - 1) / WRITE_UNIT);
    }

    static double readUnits(long bytes, boolean consistent) {
        double units = Math.max(1, (bytes + READ_UNIT - 1) / READ_UNIT);
        return consistent ? units : units / 2;
    }
}
