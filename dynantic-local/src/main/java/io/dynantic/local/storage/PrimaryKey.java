package io.dynantic.local.storage;

import io.dynantic.local.value.Value;
import java.util.Objects;

/** The key of one item: partition key value and sort key value ({@code null} without a sort key). Immutable. */
public record PrimaryKey(Value hash, Value range) {
    public PrimaryKey {
        Objects.requireNonNull(hash, "hash");
    }
}
