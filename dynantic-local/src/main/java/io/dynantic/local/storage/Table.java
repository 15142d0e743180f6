package io.dynantic.local.storage;

import io.dynantic.local.value.ItemSize;
import io.dynantic.local.value.KeyOrder;
import io.dynantic.local.value.Value;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One table: its metadata and its items by partition key, each partition sorted by sort key with
 * {@link KeyOrder}. Keeps its item count and size up to date. Not thread-safe: guarded by the catalog's lock.
 */
public final class Table implements ItemSource {
    /** The sort key slot of tables without a sort key: each partition holds one item. */
    private static final Value NO_RANGE = new Value.S("");

    private final String name;
    private final KeySchema keySchema;
    private final Instant creationTime;
    private final Map<Value, NavigableMap<Value, Map<String, Value>>> partitions = new HashMap<>();
    private final Map<String, Index> indexes = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final List<String> attributeOrder = new ArrayList<>();
    private long itemCount;
    private long sizeBytes;
    private Capacity capacity = Capacity.ON_DEMAND;
    private String timeToLiveAttribute;
    private boolean deletionProtection;

    /** How the table is billed: on demand, or provisioned with these read and write units. */
    public record Capacity(boolean provisioned, long readUnits, long writeUnits) {
        /** An on-demand table's capacity. */
        public static final Capacity ON_DEMAND = new Capacity(false, 0, 0);
    }

    Table(String name, KeySchema keySchema, Instant creationTime, List<Index> indexes) {
        this.name = name;
        this.keySchema = keySchema;
        this.creationTime = creationTime;
        indexes.forEach(index -> this.indexes.put(index.name(), index));
    }

    /** The table's secondary indexes in definition order. */
    public List<Index> indexes() {
        return List.copyOf(indexes.values());
    }

    /** Adds a global secondary index and fills it from the table's items. */
    public void addIndex(Index index) {
        indexes.put(index.name(), index);
        partitions.values().forEach(partition -> partition.values().forEach(item -> index.replace(null, item)));
    }

    /** Removes the secondary index with this name. */
    public void removeIndex(String indexName) {
        indexes.remove(indexName);
    }

    public Capacity capacity() {
        return capacity;
    }

    public void capacity(Capacity newCapacity) {
        capacity = newCapacity;
    }

    /** Whether DeleteTable is refused until deletion protection is turned off. */
    public boolean deletionProtection() {
        return deletionProtection;
    }

    public void deletionProtection(boolean on) {
        deletionProtection = on;
    }

    /** The attribute holding items' expiry times, or {@code null} when Time to Live is off. */
    public String timeToLiveAttribute() {
        return timeToLiveAttribute;
    }

    public void timeToLiveAttribute(String attribute) {
        timeToLiveAttribute = attribute;
    }

    /** The names of the attribute definitions in the order the requests gave them; modifiable under the lock. */
    public List<String> attributeOrder() {
        return attributeOrder;
    }

    /** The table's tags by key, in the order they were added; modifiable under the catalog's write lock. */
    public Map<String, String> tags() {
        return tags;
    }

    /** Every item, in no particular order; for whole-table work such as expiry. */
    public List<Map<String, Value>> items() {
        List<Map<String, Value>> items = new ArrayList<>();
        partitions.values().forEach(partition -> items.addAll(partition.values()));
        return items;
    }

    /** The secondary index with this name, or {@code null}. */
    public Index index(String indexName) {
        return indexes.get(indexName);
    }

    public String name() {
        return name;
    }

    @Override
    public KeySchema keySchema() {
        return keySchema;
    }

    public Instant creationTime() {
        return creationTime;
    }

    public long itemCount() {
        return itemCount;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    /** The item with this key, unmodifiable, or {@code null}. */
    public Map<String, Value> get(PrimaryKey key) {
        NavigableMap<Value, Map<String, Value>> partition = partitions.get(key.hash());
        return partition == null ? null : partition.get(range(key));
    }

    /** The items of the partition {@code hash} by sort key, unmodifiable; empty when there is none. */
    public NavigableMap<Value, Map<String, Value>> partition(Value hash) {
        NavigableMap<Value, Map<String, Value>> partition = partitions.get(hash);
        return partition == null ? Collections.emptyNavigableMap() : Collections.unmodifiableNavigableMap(partition);
    }

    @Override
    public List<Value> partitionKeys() {
        return new ArrayList<>(partitions.keySet());
    }

    /** Stores {@code item} under its key and returns the item it replaced, or {@code null}. */
    public Map<String, Value> put(Map<String, Value> item) {
        PrimaryKey key = keySchema.keyOf(item);
        Map<String, Value> stored = Collections.unmodifiableMap(new LinkedHashMap<>(item));
        Map<String, Value> old = partitions
                .computeIfAbsent(key.hash(), k -> new TreeMap<>(KeyOrder.INSTANCE))
                .put(range(key), stored);
        account(old, -1);
        account(stored, 1);
        indexes.values().forEach(index -> index.replace(old, stored));
        return old;
    }

    /** Removes the item with this key and returns it, or {@code null}. */
    public Map<String, Value> delete(PrimaryKey key) {
        NavigableMap<Value, Map<String, Value>> partition = partitions.get(key.hash());
        if (partition == null) {
            return null;
        }
        Map<String, Value> old = partition.remove(range(key));
        if (partition.isEmpty()) {
            partitions.remove(key.hash());
        }
        account(old, -1);
        indexes.values().forEach(index -> index.replace(old, null));
        return old;
    }

    @Override
    public Iterable<Map<String, Value>> partition(Value hash, Map<String, Value> after, boolean forward) {
        NavigableMap<Value, Map<String, Value>> partition = partition(hash);
        if (after != null) {
            if (!keySchema.hasRange()) {
                return List.of();
            }
            Value range = after.get(keySchema.rangeName());
            partition = forward ? partition.tailMap(range, false) : partition.headMap(range, false);
        }
        return forward ? partition.values() : partition.descendingMap().values();
    }

    @Override
    public Map<String, Value> keyOf(Map<String, Value> item) {
        Map<String, Value> key = new LinkedHashMap<>();
        key.put(keySchema.hashName(), item.get(keySchema.hashName()));
        if (keySchema.hasRange()) {
            key.put(keySchema.rangeName(), item.get(keySchema.rangeName()));
        }
        return key;
    }

    private void account(Map<String, Value> item, int sign) {
        if (item != null) {
            itemCount += sign;
            sizeBytes += sign * ItemSize.of(item);
        }
    }

    private Value range(PrimaryKey key) {
        return keySchema.hasRange() ? key.range() : NO_RANGE;
    }
}
