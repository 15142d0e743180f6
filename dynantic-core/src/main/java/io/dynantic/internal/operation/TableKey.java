package io.dynantic.internal.operation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item's identity across tables, for batches and transactions. Numbers compare by value, as DynamoDB compares
 * them (it may return {@code 3} for a key sent as {@code 3.0}, and refuses a transaction that names both); the hash
 * is computed once, as batches look keys up often.
 */
final class TableKey {
    private final String table;
    private final Map<String, AttributeValue> key;
    private final Map<String, Object> canonical;
    private final int hash;

    TableKey(String table, Map<String, AttributeValue> key) {
        this.table = table;
        this.key = key;
        Map<String, Object> values = new HashMap<>(4);
        key.forEach((name, value) -> values.put(name, canonical(value)));
        this.canonical = values;
        this.hash = table.hashCode() * 31 + values.hashCode();
    }

    private static Object canonical(AttributeValue value) {
        if (value == null) {
            return "";
        }
        if (value.n() != null) {
            return new BigDecimal(value.n()).stripTrailingZeros();
        }
        return value.s() != null ? value.s() : value.b() != null ? value.b() : value;
    }

    String table() {
        return table;
    }

    Map<String, AttributeValue> key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableKey k && k.hash == hash && k.table.equals(table) && k.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
