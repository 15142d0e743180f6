package io.dynantic.local.api;

import java.util.List;

/** A global or local secondary index of a CreateTable request (not supported yet: refused). */
public record SecondaryIndex(String indexName, List<KeySchemaElement> keySchema) {
    public SecondaryIndex {
        keySchema = keySchema == null ? List.of() : List.copyOf(keySchema);
    }
}
