package io.dynantic.local.api;

import java.util.List;

/** A CreateTable request, with optional global and local secondary indexes. */
public record CreateTableRequest(
        String tableName,
        List<KeySchemaElement> keySchema,
        List<AttributeDefinition> attributeDefinitions,
        List<SecondaryIndex> globalSecondaryIndexes,
        List<SecondaryIndex> localSecondaryIndexes) {
    public CreateTableRequest {
        keySchema = keySchema == null ? List.of() : List.copyOf(keySchema);
        attributeDefinitions = attributeDefinitions == null ? List.of() : List.copyOf(attributeDefinitions);
        globalSecondaryIndexes = globalSecondaryIndexes == null ? List.of() : List.copyOf(globalSecondaryIndexes);
        localSecondaryIndexes = localSecondaryIndexes == null ? List.of() : List.copyOf(localSecondaryIndexes);
    }

    /** A table with a partition key only. */
    public static CreateTableRequest of(String tableName, String hashKey, ScalarAttributeType hashType) {
        return new CreateTableRequest(
                tableName,
                List.of(new KeySchemaElement(hashKey, KeyType.HASH)),
                List.of(new AttributeDefinition(hashKey, hashType)),
                null,
                null);
    }

    /** A table with a partition key and a sort key. */
    public static CreateTableRequest of(
            String tableName,
            String hashKey,
            ScalarAttributeType hashType,
            String rangeKey,
            ScalarAttributeType rangeType) {
        return new CreateTableRequest(
                tableName,
                List.of(new KeySchemaElement(hashKey, KeyType.HASH), new KeySchemaElement(rangeKey, KeyType.RANGE)),
                List.of(new AttributeDefinition(hashKey, hashType), new AttributeDefinition(rangeKey, rangeType)),
                null,
                null);
    }
}
