package io.dynantic.local.storage;

import io.dynantic.local.api.ProjectionType;
import io.dynantic.local.value.ItemSize;
import io.dynantic.local.value.KeyOrder;
import io.dynantic.local.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A secondary index of a table: the projected copies of the table's items that have the index key attributes
 * with the key types (sparse: other items are left out), by index partition key, each partition sorted by index
 * sort key and then by the table's key. Kept up to date by its table. Not thread-safe: guarded by the catalog's
 * lock.
 */
public final class Index implements ItemSource {
    /** The slot of an absent sort key in an entry's position. */
    private static final Value NO_RANGE = new Value.S("");

    /** The order of entries in a partition: index sort key, table partition key, table sort key. */
    private static final Comparator<List<Value>> POSITION_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int order = KeyOrder.INSTANCE.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    private final String name;
    private final boolean global;
    private final KeySchema keySchema;
    private final KeySchema tableSchema;
    private final ProjectionType projectionType;
    private final List<String> nonKeyAttributes;
    private final Map<Value, NavigableMap<List<Value>, Map<String, Value>>> partitions = new HashMap<>();
    private Table.Capacity capacity = Table.Capacity.ON_DEMAND;

    public Index(
            String name,
            boolean global,
            KeySchema keySchema,
            KeySchema tableSchema,
            ProjectionType projectionType,
            List<String> nonKeyAttributes) {
        this.name = name;
        this.global = global;
        this.keySchema = keySchema;
        this.tableSchema = tableSchema;
        this.projectionType = projectionType;
        this.nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }

    public String name() {
        return name;
    }

    /** The provisioned capacity of a global index of a PROVISIONED table; on demand otherwise. */
    public Table.Capacity capacity() {
        return capacity;
    }

    public void capacity(Table.Capacity newCapacity) {
        capacity = newCapacity;
    }

    /** Whether this is a global (not a local) secondary index. */
    public boolean global() {
        return global;
    }

    @Override
    public KeySchema keySchema() {
        return keySchema;
    }

    public ProjectionType projectionType() {
        return projectionType;
    }

    public List<String> nonKeyAttributes() {
        return nonKeyAttributes;
    }

    /** Whether the index's items hold the attribute {@code attribute} (when the table's item has it). */
    public boolean projects(String attribute) {
        return projectionType == ProjectionType.ALL
                || keySchema.isKey(attribute)
                || tableSchema.isKey(attribute)
                || (projectionType == ProjectionType.INCLUDE && nonKeyAttributes.contains(attribute));
    }

    /** Whether two table items have the same key in this index (both must be in it). */
    public boolean sameIndexKey(Map<String, Value> one, Map<String, Value> other) {
        return position(one).equals(position(other))
                && one.get(keySchema.hashName()).equals(other.get(keySchema.hashName()));
    }

    /** Whether the item has the index key attributes with the key types, so is in the index. */
    public boolean indexes(Map<String, Value> item) {
        return has(item, keySchema.hashName(), keySchema)
                && (!keySchema.hasRange() || has(item, keySchema.rangeName(), keySchema));
    }

    private static boolean has(Map<String, Value> item, String attribute, KeySchema schema) {
        Value value = item.get(attribute);
        Object type = attribute.equals(schema.hashName()) ? schema.hashType() : schema.rangeType();
        return value != null && value.type() == type;
    }

    /** Replaces the entry of the table item {@code old} (may be null) by that of {@code item} (may be null). */
    void replace(Map<String, Value> old, Map<String, Value> item) {
        if (old != null && indexes(old)) {
            Value hash = old.get(keySchema.hashName());
            NavigableMap<List<Value>, Map<String, Value>> partition = partitions.get(hash);
            partition.remove(position(old));
            if (partition.isEmpty()) {
                partitions.remove(hash);
            }
        }
        if (item != null && indexes(item)) {
            partitions
                    .computeIfAbsent(item.get(keySchema.hashName()), k -> new TreeMap<>(POSITION_ORDER))
                    .put(position(item), project(item));
        }
    }

    /** The index's copy of a table item: the item with only the attributes the index projects. */
    public Map<String, Value> project(Map<String, Value> item) {
        if (projectionType == ProjectionType.ALL) {
            return item;
        }
        Map<String, Value> projected = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : item.entrySet()) {
            String attribute = e.getKey();
            if (keySchema.isKey(attribute)
                    || tableSchema.isKey(attribute)
                    || (projectionType == ProjectionType.INCLUDE && nonKeyAttributes.contains(attribute))) {
                projected.put(attribute, e.getValue());
            }
        }
        return Collections.unmodifiableMap(projected);
    }

    private List<Value> position(Map<String, Value> item) {
        return List.of(
                keySchema.hasRange() ? item.get(keySchema.rangeName()) : NO_RANGE,
                item.get(tableSchema.hashName()),
                tableSchema.hasRange() ? item.get(tableSchema.rangeName()) : NO_RANGE);
    }

    /** The attribute names an ExclusiveStartKey of this index holds: the index's and the table's key. */
    public Set<String> keyAttributes() {
        Set<String> names = new LinkedHashSet<>();
        names.add(keySchema.hashName());
        if (keySchema.hasRange()) {
            names.add(keySchema.rangeName());
        }
        names.add(tableSchema.hashName());
        if (tableSchema.hasRange()) {
            names.add(tableSchema.rangeName());
        }
        return names;
    }

    /** The number of items in the index. */
    public long itemCount() {
        return partitions.values().stream().mapToLong(Map::size).sum();
    }

    /** The size of the index's items by {@link ItemSize}. */
    public long sizeBytes() {
        return partitions.values().stream()
                .flatMap(p -> p.values().stream())
                .mapToLong(ItemSize::of)
                .sum();
    }

    @Override
    public List<Value> partitionKeys() {
        return new ArrayList<>(partitions.keySet());
    }

    @Override
    public Iterable<Map<String, Value>> partition(Value hash, Map<String, Value> after, boolean forward) {
        NavigableMap<List<Value>, Map<String, Value>> partition = partitions.get(hash);
        if (partition == null) {
            return List.of();
        }
        if (after != null) {
            partition = forward ? partition.tailMap(position(after), false) : partition.headMap(position(after), false);
        }
        return Collections.unmodifiableCollection(
                forward ? partition.values() : partition.descendingMap().values());
    }

    @Override
    public Map<String, Value> keyOf(Map<String, Value> item) {
        Map<String, Value> key = new LinkedHashMap<>();
        for (String attribute : keyAttributes()) {
            key.put(attribute, item.get(attribute));
        }
        return key;
    }
}
