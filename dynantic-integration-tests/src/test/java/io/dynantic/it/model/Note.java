package io.dynantic.it.model;

import io.dynantic.DynamoModel;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.Version;

/** An active-record model. */
@DynamoTable("notes")
public record Note(
        @PartitionKey String id, String text, @Version Long version) implements DynamoModel<Note> {}
