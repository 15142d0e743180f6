package io.dynantic.internal.schema;

/**
 * A secondary index the model declares. A local index has no partition key of its own (it shares
 * the table's).
 */
public record IndexModel(String name, boolean global, PropertyModel partitionKey, PropertyModel sortKey) {}
