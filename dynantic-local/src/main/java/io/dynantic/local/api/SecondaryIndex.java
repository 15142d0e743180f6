package io.dynantic.local.api;

import java.util.List;

/**
 * A global or local secondary index of a CreateTable request, or one UpdateTable creates. DynamoDB requires the
 * projection; the provisioned throughput is for a global index of a PROVISIONED table.
 */
public record SecondaryIndex(
        String indexName,
        List<KeySchemaElement> keySchema,
        Projection projection,
        ProvisionedThroughput provisionedThroughput) {
    public SecondaryIndex {
        keySchema = keySchema == null ? List.of() : List.copyOf(keySchema);
    }

    /** An index with this projection and no provisioned throughput. */
    public SecondaryIndex(String indexName, List<KeySchemaElement> keySchema, Projection projection) {
        this(indexName, keySchema, projection, null);
    }

    /** An index projecting every attribute, with no provisioned throughput. */
    public SecondaryIndex(String indexName, List<KeySchemaElement> keySchema) {
        this(indexName, keySchema, Projection.all());
    }
}
