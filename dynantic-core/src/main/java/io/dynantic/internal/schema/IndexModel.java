package io.dynantic.internal.schema;

import org.jspecify.annotations.Nullable;

/**
 * A secondary index the model declares. A local index has no partition key of its own (it shares
 * the table's).
 */
public record IndexModel(
        String name,
        boolean global,
        PropertyModel partitionKey,
        @Nullable PropertyModel sortKey) {}
