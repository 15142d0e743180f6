package io.dynantic.local.api;

import java.util.List;

/**
 * A CreateTable request, with optional global and local secondary indexes, billing mode (DynamoDB's default is
 * PROVISIONED, which needs a provisioned throughput) and tags.
 */
public record CreateTableRequest(
        String tableName,
        List<KeySchemaElement> keySchema,
        List<AttributeDefinition> attributeDefinitions,
        List<SecondaryIndex> globalSecondaryIndexes,
        List<SecondaryIndex> localSecondaryIndexes,
        BillingMode billingMode,
        ProvisionedThroughput provisionedThroughput,
        List<Tag> tags) {
    public CreateTableRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
        keySchema = keySchema == null ? List.of() : List.copyOf(keySchema);
        attributeDefinitions = attributeDefinitions == null ? List.of() : List.copyOf(attributeDefinitions);
        globalSecondaryIndexes = globalSecondaryIndexes == null ? List.of() : List.copyOf(globalSecondaryIndexes);
        localSecondaryIndexes = localSecondaryIndexes == null ? List.of() : List.copyOf(localSecondaryIndexes);
    }

    /** An on-demand (PAY_PER_REQUEST) table without tags. */
    public CreateTableRequest(
            String tableName,
            List<KeySchemaElement> keySchema,
            List<AttributeDefinition> attributeDefinitions,
            List<SecondaryIndex> globalSecondaryIndexes,
            List<SecondaryIndex> localSecondaryIndexes) {
        this(
                tableName,
                keySchema,
                attributeDefinitions,
                globalSecondaryIndexes,
                localSecondaryIndexes,
                BillingMode.PAY_PER_REQUEST,
                null,
                null);
    }

    /** An on-demand table with a partition key only. */
    public static CreateTableRequest of(String tableName, String hashKey, ScalarAttributeType hashType) {
        return new CreateTableRequest(
                tableName,
                List.of(new KeySchemaElement(hashKey, KeyType.HASH)),
                List.of(new AttributeDefinition(hashKey, hashType)),
                null,
                null);
    }

    /** An on-demand table with a partition key and a sort key. */
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
