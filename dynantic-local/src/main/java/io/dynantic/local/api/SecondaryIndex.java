package io.dynantic.local.api;

import java.util.List;

/** A global or local secondary index of a CreateTable request, or as DescribeTable reports it. */
public record SecondaryIndex(String indexName, List<KeySchemaElement> keySchema, Projection projection) {
    public SecondaryIndex {
        keySchema = keySchema == null ? List.of() : List.copyOf(keySchema);
        projection = projection == null ? Projection.all() : projection;
    }

    /** An index projecting every attribute. */
    public SecondaryIndex(String indexName, List<KeySchemaElement> keySchema) {
        this(indexName, keySchema, Projection.all());
    }
}
