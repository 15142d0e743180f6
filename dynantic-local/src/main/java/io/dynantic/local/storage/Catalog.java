package io.dynantic.local.storage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * All tables by name, in name order, with the one engine-wide lock: {@link #read} runs under the shared read
 * lock, {@link #write} under the exclusive write lock. Thread-safe when used only through these two methods.
 */
public final class Catalog {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final NavigableMap<String, Table> tables = new TreeMap<>();
    private final Clock clock;

    public Catalog(Clock clock) {
        this.clock = clock;
    }

    /** Runs {@code action} under the shared read lock. */
    public <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs {@code action} under the exclusive write lock. */
    public <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The catalog's clock. */
    public Clock clock() {
        return clock;
    }

    /** The table with this name, or {@code null}. */
    public Table get(String name) {
        return tables.get(name);
    }

    /** Creates a table (the name must be free), created now by the catalog's clock. */
    public Table create(String name, KeySchema keySchema) {
        return create(name, keySchema, List.of());
    }

    /** Creates a table with secondary indexes (the name must be free), created now by the catalog's clock. */
    public Table create(String name, KeySchema keySchema, List<Index> indexes) {
        Table table = new Table(name, keySchema, clock.instant(), indexes);
        tables.put(name, table);
        return table;
    }

    /** Every table, in name order. */
    public java.util.Collection<Table> tables() {
        return List.copyOf(tables.values());
    }

    /** Removes the table with this name and returns it, or {@code null}. */
    public Table remove(String name) {
        return tables.remove(name);
    }

    /** Up to {@code limit} table names after {@code exclusiveStart} (or from the first when null), in order. */
    public List<String> names(String exclusiveStart, int limit) {
        NavigableMap<String, Table> from = exclusiveStart == null ? tables : tables.tailMap(exclusiveStart, false);
        List<String> names = new ArrayList<>();
        for (String name : from.keySet()) {
            if (names.size() == limit) {
                break;
            }
            names.add(name);
        }
        return names;
    }

    /** Whether there is a table after {@code name}. */
    public boolean hasAfter(String name) {
        return tables.higherKey(name) != null;
    }
}
