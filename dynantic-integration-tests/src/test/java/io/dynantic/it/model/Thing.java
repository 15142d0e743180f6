package io.dynantic.it.model;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;

/** The simplest model, for the stubbed batch fault tests. */
@DynamoTable("things")
public record Thing(@PartitionKey String id, String name) {}
