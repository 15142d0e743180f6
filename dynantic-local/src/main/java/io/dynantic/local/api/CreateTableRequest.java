package io.dynantic.local.api;

import java.util.List;

/**
 * A CreateTable request, with optional global and local secondary indexes, billing mode (DynamoDB's default is
 * PROVISIONED, which needs a provisioned throughput), tags and deletion protection ({@code null} is off).
 */
public record CreateTableRequest(
        String tableName,
        List<KeySchemaElement> keySchema,
        List<AttributeDefinition> attributeDefinitions,
        List<SecondaryIndex> globalSecondaryIndexes,
        List<SecondaryIndex> localSecondaryIndexes,
        BillingMode billingMode,
        ProvisionedThroughput provisionedThroughput,
        List<Tag> tags,
        Boolean deletionProtectionEnabled) {
    public CreateTableRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
        keySchema = keySchema == null ? List.of() : List.copyOf(keySchema);
        attributeDefinitions = attributeDefinitions == null ? List.of() : List.copyOf(attributeDefinitions);
        globalSecondaryIndexes = globalSecondaryIndexes == null ? List.of() : List.copyOf(globalSecondaryIndexes);
        localSecondaryIndexes = localSecondaryIndexes == null ? List.of() : List.copyOf(localSecondaryIndexes);
    }

    /** An on-demand table with a partition key only. */
    public static CreateTableRequest of(String tableName, String hashKey, ScalarAttributeType hashType) {
        return builder(tableName)
                .keySchema(List.of(new KeySchemaElement(hashKey, KeyType.HASH)))
                .attributeDefinitions(List.of(new AttributeDefinition(hashKey, hashType)))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }

    /** An on-demand table with a partition key and a sort key. */
    public static CreateTableRequest of(
            String tableName,
            String hashKey,
            ScalarAttributeType hashType,
            String rangeKey,
            ScalarAttributeType rangeType) {
        return builder(tableName)
                .keySchema(List.of(
                        new KeySchemaElement(hashKey, KeyType.HASH), new KeySchemaElement(rangeKey, KeyType.RANGE)))
                .attributeDefinitions(List.of(
                        new AttributeDefinition(hashKey, hashType), new AttributeDefinition(rangeKey, rangeType)))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }

    /** A builder of the table {@code tableName}; without a billing mode it is PROVISIONED, DynamoDB's default. */
    public static Builder builder(String tableName) {
        return new Builder().tableName(tableName);
    }

    /** A builder starting from this request. */
    public Builder toBuilder() {
        return new Builder()
                .tableName(tableName)
                .keySchema(keySchema)
                .attributeDefinitions(attributeDefinitions)
                .globalSecondaryIndexes(globalSecondaryIndexes)
                .localSecondaryIndexes(localSecondaryIndexes)
                .billingMode(billingMode)
                .provisionedThroughput(provisionedThroughput)
                .tags(tags)
                .deletionProtectionEnabled(deletionProtectionEnabled);
    }

    /** Builds a {@link CreateTableRequest}; each setter sets the component of the same name. */
    public static final class Builder {
        private String tableName;
        private List<KeySchemaElement> keySchema;
        private List<AttributeDefinition> attributeDefinitions;
        private List<SecondaryIndex> globalSecondaryIndexes;
        private List<SecondaryIndex> localSecondaryIndexes;
        private BillingMode billingMode;
        private ProvisionedThroughput provisionedThroughput;
        private List<Tag> tags;
        private Boolean deletionProtectionEnabled;

        private Builder() {}

        public Builder tableName(String value) {
            tableName = value;
            return this;
        }

        public Builder keySchema(List<KeySchemaElement> value) {
            keySchema = value;
            return this;
        }

        public Builder attributeDefinitions(List<AttributeDefinition> value) {
            attributeDefinitions = value;
            return this;
        }

        public Builder globalSecondaryIndexes(List<SecondaryIndex> value) {
            globalSecondaryIndexes = value;
            return this;
        }

        public Builder localSecondaryIndexes(List<SecondaryIndex> value) {
            localSecondaryIndexes = value;
            return this;
        }

        public Builder billingMode(BillingMode value) {
            billingMode = value;
            return this;
        }

        public Builder provisionedThroughput(ProvisionedThroughput value) {
            provisionedThroughput = value;
            return this;
        }

        public Builder tags(List<Tag> value) {
            tags = value;
            return this;
        }

        public Builder deletionProtectionEnabled(Boolean value) {
            deletionProtectionEnabled = value;
            return this;
        }

        /** The request, with the record's defaults for what was not given. */
        public CreateTableRequest build() {
            return new CreateTableRequest(
                    tableName,
                    keySchema,
                    attributeDefinitions,
                    globalSecondaryIndexes,
                    localSecondaryIndexes,
                    billingMode,
                    provisionedThroughput,
                    tags,
                    deletionProtectionEnabled);
        }
    }
}
