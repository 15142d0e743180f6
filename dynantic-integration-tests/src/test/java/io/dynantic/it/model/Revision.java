package io.dynantic.it.model;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.Version;

/** A model whose version is a primitive: 0, its default, means a new item. */
@DynamoTable("revisions")
public record Revision(
        @PartitionKey String id, String text, @Version int version) {

    public Revision withText(String t) {
        return new Revision(id, t, version);
    }
}
