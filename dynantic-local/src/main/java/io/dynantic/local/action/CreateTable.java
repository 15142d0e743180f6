package io.dynantic.local.action;

import io.dynantic.local.ResourceInUseException;
import io.dynantic.local.ValidationException;
import io.dynantic.local.api.AttributeDefinition;
import io.dynantic.local.api.BillingMode;
import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.CreateTableResponse;
import io.dynantic.local.api.KeySchemaElement;
import io.dynantic.local.api.KeyType;
import io.dynantic.local.api.ProvisionedThroughput;
import io.dynantic.local.api.SecondaryIndex;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.Index;
import io.dynantic.local.storage.KeySchema;
import io.dynantic.local.storage.Table;
import io.dynantic.local.value.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DynamoDB's CreateTable with global and local secondary indexes. Checks in order: name, table key schema, local
 * then global indexes, attribute definitions against all key attributes; then creates under the write lock.
 */
public final class CreateTable {
    // DynamoDB's messages for a local secondary index on a table without a sort key and for one whose partition
    // key is not the table's; confirmed from dynalite's tests recorded against DynamoDB.
    static final String LSI_WITHOUT_TABLE_RANGE = "One or more parameter values were invalid: Table KeySchema does not"
            + " have a range key, which is required when specifying a LocalSecondaryIndex";
    static final String LSI_HASH_MISMATCH = "One or more parameter values were invalid: Index KeySchema does not have"
            + " the same leading hash key as table KeySchema for index: %s. index hash key: %s, table hash key: %s";

    // DynamoDB's message for a local secondary index without a sort key, as dynalite writes it. Unconfirmed.
    static final String LSI_WITHOUT_RANGE =
            "One or more parameter values were invalid: Index KeySchema does not have a range key for index: %s";

    // DynamoDB's message for two indexes of one name, as emulators write it. Unconfirmed.
    static final String DUPLICATE_INDEX = "One or more parameter values were invalid: Duplicate index name: %s";

    // DynamoDB's constraint messages for the table name, in its "1 validation error detected" form. Recalled; not
    // confirmed in this session.
    static final String NAME_TOO_SHORT = "1 validation error detected: Value '%s' at 'tableName' failed to satisfy"
            + " constraint: Member must have length greater than or equal to 3";
    static final String NAME_TOO_LONG = "1 validation error detected: Value '%s' at 'tableName' failed to satisfy"
            + " constraint: Member must have length less than or equal to 255";
    static final String NAME_PATTERN = "1 validation error detected: Value '%s' at 'tableName' failed to satisfy"
            + " constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+";

    // DynamoDB's messages for a malformed key schema. Recalled (emulators that follow DynamoDB use them); not
    // confirmed in this session.
    static final String KEY_SCHEMA_SIZE = "1 validation error detected: Value '%s' at 'keySchema' failed to satisfy"
            + " constraint: Member must have length less than or equal to 2";
    static final String FIRST_NOT_HASH = "Invalid KeySchema: The first KeySchemaElement is not a HASH key type";
    static final String SECOND_NOT_RANGE = "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type";
    static final String SAME_NAMES = "Both the Hash Key and the Range Key element in the KeySchema have the same name";
    // DynamoDB's messages for key attributes without a definition and for extra definitions; confirmed from
    // DynamoDB responses quoted in applications' comments ("One or more parameter values were invalid: Some index
    // key attributes are not defined in AttributeDefinitions. Keys: [UserId], AttributeDefinitions: [AccountId, Id,
    // UniqueMediaName]") and CloudFormation output ("Number of attributes in KeySchema does not exactly match
    // number of attributes defined in AttributeDefinitions").
    static final String UNDEFINED_KEYS = "One or more parameter values were invalid: Some index key attributes are"
            + " not defined in AttributeDefinitions. Keys: %s, AttributeDefinitions: %s";
    // DynamoDB's message for a table key attribute without a definition (the message above is for an index's);
    // confirmed from DynamoDB output quoted in aws-cloudformation/cfn-lint#1037, and moto answers the same.
    static final String UNDEFINED_TABLE_KEYS = "Invalid KeySchema: Some index key attribute have no definition";
    static final String DEFINITIONS_MISMATCH = "One or more parameter values were invalid: Number of attributes in"
            + " KeySchema does not exactly match number of attributes defined in AttributeDefinitions";

    // DynamoDB's messages for a billing mode that does not match the capacity given (an absent BillingMode is
    // PROVISIONED); confirmed from tests recorded against DynamoDB (dynalite, moto's aws_verified tests). Older
    // DynamoDB releases said "No provisioned throughput specified for the table" instead.
    static final String PROVISIONED_NEEDS_UNITS = "One or more parameter values were invalid: ReadCapacityUnits and"
            + " WriteCapacityUnits must both be specified when BillingMode is PROVISIONED";
    static final String ON_DEMAND_WITH_UNITS = "One or more parameter values were invalid: Neither ReadCapacityUnits"
            + " nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST";

    private final Catalog catalog;

    public CreateTable(Catalog catalog) {
        this.catalog = catalog;
    }

    public CreateTableResponse execute(CreateTableRequest request) {
        Tables.requireName(request.tableName());
        String name = request.tableName();
        if (name.length() < 3) {
            throw new ValidationException(String.format(NAME_TOO_SHORT, name));
        }
        if (name.length() > 255) {
            throw new ValidationException(String.format(NAME_TOO_LONG, name));
        }
        if (!name.matches("[a-zA-Z0-9_.-]+")) {
            throw new ValidationException(String.format(NAME_PATTERN, name));
        }
        List<AttributeDefinition> definitions = request.attributeDefinitions();
        KeySchema schema = tableKeySchema(request.keySchema(), definitions);
        Set<String> keyNames = new HashSet<>(names(request.keySchema()));
        List<Index> indexes = new ArrayList<>();
        Set<String> indexNames = new HashSet<>();
        for (SecondaryIndex index : request.localSecondaryIndexes()) {
            KeySchema indexSchema = keySchema(index.keySchema(), definitions);
            if (!schema.hasRange()) {
                throw new ValidationException(LSI_WITHOUT_TABLE_RANGE);
            }
            if (!indexSchema.hashName().equals(schema.hashName())) {
                throw new ValidationException(
                        String.format(LSI_HASH_MISMATCH, index.indexName(), indexSchema.hashName(), schema.hashName()));
            }
            if (!indexSchema.hasRange()) {
                throw new ValidationException(String.format(LSI_WITHOUT_RANGE, index.indexName()));
            }
            indexes.add(index(index, false, indexSchema, schema, indexNames));
            keyNames.addAll(names(index.keySchema()));
        }
        for (SecondaryIndex index : request.globalSecondaryIndexes()) {
            KeySchema indexSchema = keySchema(index.keySchema(), definitions);
            indexes.add(index(index, true, indexSchema, schema, indexNames));
            keyNames.addAll(names(index.keySchema()));
        }
        if (definitions.size() != keyNames.size()) {
            throw new ValidationException(DEFINITIONS_MISMATCH);
        }
        Table.Capacity capacity = capacity(request.billingMode(), request.provisionedThroughput());
        Tags.check(request.tags());
        return catalog.write(() -> {
            if (catalog.get(name) != null) {
                throw ResourceInUseException.tableExists(name);
            }
            Table table = catalog.create(name, schema, indexes);
            table.capacity(capacity);
            definitions.forEach(definition -> table.attributeOrder().add(definition.attributeName()));
            request.tags().forEach(tag -> table.tags().put(tag.key(), tag.value()));
            return new CreateTableResponse(Tables.describe(table));
        });
    }

    /** The capacity a billing mode and a provisioned throughput ask for; {@code mode} null is DynamoDB's default. */
    static Table.Capacity capacity(BillingMode mode, ProvisionedThroughput throughput) {
        if (mode == BillingMode.PAY_PER_REQUEST) {
            if (throughput != null) {
                throw new ValidationException(ON_DEMAND_WITH_UNITS);
            }
            return Table.Capacity.ON_DEMAND;
        }
        if (throughput == null) {
            throw new ValidationException(PROVISIONED_NEEDS_UNITS);
        }
        if (throughput.readCapacityUnits() == null || throughput.writeCapacityUnits() == null) {
            throw new ValidationException(PROVISIONED_NEEDS_UNITS);
        }
        return new Table.Capacity(true, throughput.readCapacityUnits(), throughput.writeCapacityUnits());
    }

    static Index index(
            SecondaryIndex index, boolean global, KeySchema indexSchema, KeySchema schema, Set<String> indexNames) {
        if (!indexNames.add(index.indexName())) {
            throw new ValidationException(String.format(DUPLICATE_INDEX, index.indexName()));
        }
        return new Index(
                index.indexName(),
                global,
                indexSchema,
                schema,
                index.projection().projectionType(),
                index.projection().nonKeyAttributes() == null
                        ? List.of()
                        : index.projection().nonKeyAttributes());
    }

    private static List<String> names(List<KeySchemaElement> elements) {
        return elements.stream().map(KeySchemaElement::attributeName).toList();
    }

    /** The table's key schema: as an index's, but an undefined attribute is reported as DynamoDB reports it. */
    private static KeySchema tableKeySchema(List<KeySchemaElement> elements, List<AttributeDefinition> definitions) {
        Set<String> defined =
                definitions.stream().map(AttributeDefinition::attributeName).collect(Collectors.toSet());
        if (elements.size() <= 2
                && !elements.isEmpty()
                && !elements.stream().map(KeySchemaElement::attributeName).allMatch(defined::contains)) {
            throw new ValidationException(UNDEFINED_TABLE_KEYS);
        }
        return keySchema(elements, definitions);
    }

    static KeySchema keySchema(List<KeySchemaElement> elements, List<AttributeDefinition> definitions) {
        if (elements.isEmpty() || elements.size() > 2) {
            throw new ValidationException(String.format(KEY_SCHEMA_SIZE, elements));
        }
        if (elements.get(0).keyType() != KeyType.HASH) {
            throw new ValidationException(FIRST_NOT_HASH);
        }
        if (elements.size() == 2 && elements.get(1).keyType() != KeyType.RANGE) {
            throw new ValidationException(SECOND_NOT_RANGE);
        }
        if (elements.size() == 2
                && elements.get(0).attributeName().equals(elements.get(1).attributeName())) {
            throw new ValidationException(SAME_NAMES);
        }
        Map<String, Type> types = new HashMap<>();
        definitions.forEach(d -> types.put(d.attributeName(), d.attributeType().type()));
        Set<String> keyNames =
                elements.stream().map(KeySchemaElement::attributeName).collect(Collectors.toSet());
        if (!types.keySet().containsAll(keyNames)) {
            throw new ValidationException(String.format(
                    UNDEFINED_KEYS,
                    elements.stream().map(KeySchemaElement::attributeName).toList(),
                    definitions.stream().map(AttributeDefinition::attributeName).toList()));
        }
        String hash = elements.get(0).attributeName();
        String range = elements.size() == 2 ? elements.get(1).attributeName() : null;
        return new KeySchema(hash, types.get(hash), range, range == null ? null : types.get(range));
    }
}
