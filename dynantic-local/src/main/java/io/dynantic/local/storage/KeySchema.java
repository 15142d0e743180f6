package io.dynantic.local.storage;

import io.dynantic.local.value.Type;
import io.dynantic.local.value.Value;
import java.util.Map;
import java.util.Objects;

/** A table's primary key: a partition key and an optional sort key ({@code rangeName} null). Immutable. */
public record KeySchema(String hashName, Type hashType, String rangeName, Type rangeType) {
    public KeySchema {
        Objects.requireNonNull(hashName, "hashName");
        Objects.requireNonNull(hashType, "hashType");
        if ((rangeName == null) != (rangeType == null)) {
            throw new IllegalArgumentException("a sort key needs a name and a type");
        }
    }

    /** Whether the table has a sort key. */
    public boolean hasRange() {
        return rangeName != null;
    }

    /** Whether {@code attribute} is one of the key attributes. */
    public boolean isKey(String attribute) {
        return attribute.equals(hashName) || attribute.equals(rangeName);
    }

    /** The key attributes of a (validated) item or key. */
    public PrimaryKey keyOf(Map<String, Value> item) {
        return new PrimaryKey(item.get(hashName), hasRange() ? item.get(rangeName) : null);
    }
}
