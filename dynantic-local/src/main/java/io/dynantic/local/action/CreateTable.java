package io.dynantic.local.action;

import io.dynantic.local.ResourceInUseException;
import io.dynantic.local.ValidationException;
import io.dynantic.local.api.AttributeDefinition;
import io.dynantic.local.api.BillingMode;
import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.CreateTableResponse;
import io.dynantic.local.api.KeySchemaElement;
import io.dynantic.local.api.KeyType;
import io.dynantic.local.api.Projection;
import io.dynantic.local.api.ProjectionType;
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
 * DynamoDB's CreateTable with global and local secondary indexes and deletion protection. Checks in order: name,
 * the request constraints of capacity units and index members, table key schema, local then global indexes (each
 * followed by its count), projected attributes of all indexes, attribute definitions against all key attributes;
 * then creates under the write lock.
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

    // DynamoDB's messages for a projection without a type and for NonKeyAttributes outside INCLUDE, confirmed from
    // dynalite's tests recorded against DynamoDB; and for INCLUDE without NonKeyAttributes, confirmed from DynamoDB
    // responses catalogued by the ack-api-quirks probes in 2026 and a conformance suite run against DynamoDB.
    static final String UNKNOWN_PROJECTION = "One or more parameter values were invalid: Unknown ProjectionType: null";
    static final String NON_KEY_OUTSIDE_INCLUDE =
            "One or more parameter values were invalid: ProjectionType is %s, but NonKeyAttributes is specified";
    static final String INCLUDE_WITHOUT_NON_KEY = "One or more parameter values were invalid: ProjectionType is"
            + " INCLUDE, but NonKeyAttributes is not specified";

    // DynamoDB's messages for more indexes than a table may have; confirmed from dynalite's tests recorded against
    // DynamoDB and the ack-api-quirks catalogue of DynamoDB responses (2026).
    static final int MAX_LOCAL = 5;
    static final int MAX_GLOBAL = 20;
    static final String TOO_MANY_LOCAL = "One or more parameter values were invalid: Number of LocalSecondaryIndexes"
            + " exceeds per-table limit of " + MAX_LOCAL;
    static final String TOO_MANY_GLOBAL = "One or more parameter values were invalid: GlobalSecondaryIndex count"
            + " exceeds the per-table limit of " + MAX_GLOBAL;

    // DynamoDB's limit on the NonKeyAttributes of all of a table's indexes together (an attribute projected into
    // two indexes counts twice), from its developer guide. The text is DynamoDB's as a preflight checker quotes it,
    // with the prefix of DynamoDB's other parameter messages added. Unconfirmed.
    static final int MAX_PROJECTED = 100;
    static final String TOO_MANY_PROJECTED = "One or more parameter values were invalid: Number of projected"
            + " attributes in all indexes exceeds limit of " + MAX_PROJECTED;

    // DynamoDB's messages for a global index's throughput that does not fit the table's billing mode; confirmed
    // from DynamoDB responses quoted in awsdocs/amazon-dynamodb-developer-guide#246 and in dynalite's tests
    // recorded against DynamoDB.
    static final String INDEX_NEEDS_UNITS =
            "One or more parameter values were invalid: ProvisionedThroughput is not specified for index: %s";
    static final String ON_DEMAND_INDEX_WITH_UNITS = "One or more parameter values were invalid:"
            + " ProvisionedThroughput should not be specified for index: %s when BillingMode is PAY_PER_REQUEST";

    // DynamoDB's message for two indexes of one name, as emulators write it. Unconfirmed.
    static final String DUPLICATE_INDEX = "One or more parameter values were invalid: Duplicate index name: %s";

    // DynamoDB's constraint messages for a table or index name at a request member ('tableName',
    // 'globalSecondaryIndexes.1.member.indexName'), in its "1 validation error detected" form; confirmed from a
    // DynamoDB response recorded in 2026 (ack-api-quirks: "Value 'ab' at 'tableName' ...") and dynalite's tests
    // recorded against DynamoDB (the pattern and both lengths, for table and index names). Where DynamoDB finds the
    // pattern and a length both broken it reports the two together; the engine reports the first.
    static final String NAME_TOO_SHORT = "1 validation error detected: Value '%s' at '%s' failed to satisfy"
            + " constraint: Member must have length greater than or equal to 3";
    static final String NAME_TOO_LONG = "1 validation error detected: Value '%s' at '%s' failed to satisfy"
            + " constraint: Member must have length less than or equal to 255";
    static final String NAME_PATTERN = "1 validation error detected: Value '%s' at '%s' failed to satisfy"
            + " constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+";

    // DynamoDB's constraint messages for a required member left out and for capacity units below 1; confirmed
    // from dynalite's tests recorded against DynamoDB ("Value null at 'localSecondaryIndexes.1.member.projection'
    // failed to satisfy constraint: Member must not be null", "Value '-1' at
    // 'provisionedThroughput.writeCapacityUnits' ... greater than or equal to 1").
    static final String MEMBER_NULL =
            "1 validation error detected: Value null at '%s' failed to satisfy constraint: Member must not be null";
    static final String UNITS_TOO_SMALL = "1 validation error detected: Value '%d' at '%s' failed to satisfy"
            + " constraint: Member must have value greater than or equal to 1";

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

    /** The characters of table and index names. */
    static final String NAME_CHARACTERS = "[a-zA-Z0-9_.-]+";

    private final Catalog catalog;

    public CreateTable(Catalog catalog) {
        this.catalog = catalog;
    }

    public CreateTableResponse execute(CreateTableRequest request) {
        Tables.requireName(request.tableName());
        String name = request.tableName();
        if (name.length() < 3) {
            throw new ValidationException(String.format(NAME_TOO_SHORT, name, "tableName"));
        }
        if (name.length() > 255) {
            throw new ValidationException(String.format(NAME_TOO_LONG, name, "tableName"));
        }
        if (!name.matches(NAME_CHARACTERS)) {
            throw new ValidationException(String.format(NAME_PATTERN, name, "tableName"));
        }
        checkUnits(request.provisionedThroughput(), "provisionedThroughput");
        checkMembers(request.localSecondaryIndexes(), "localSecondaryIndexes");
        checkMembers(request.globalSecondaryIndexes(), "globalSecondaryIndexes");
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
            checkProjection(index.projection());
            indexes.add(index(index, false, indexSchema, schema, indexNames, Table.Capacity.ON_DEMAND));
            keyNames.addAll(names(index.keySchema()));
        }
        if (request.localSecondaryIndexes().size() > MAX_LOCAL) {
            throw new ValidationException(TOO_MANY_LOCAL);
        }
        for (SecondaryIndex index : request.globalSecondaryIndexes()) {
            KeySchema indexSchema = keySchema(index.keySchema(), definitions);
            checkProjection(index.projection());
            // A missing billing mode is PROVISIONED.
            Table.Capacity capacity = indexCapacity(
                    index,
                    request.billingMode() != BillingMode.PAY_PER_REQUEST,
                    ON_DEMAND_INDEX_WITH_UNITS,
                    INDEX_NEEDS_UNITS);
            indexes.add(index(index, true, indexSchema, schema, indexNames, capacity));
            keyNames.addAll(names(index.keySchema()));
        }
        if (request.globalSecondaryIndexes().size() > MAX_GLOBAL) {
            throw new ValidationException(TOO_MANY_GLOBAL);
        }
        checkProjectedTotal(indexes);
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
            table.deletionProtection(Boolean.TRUE.equals(request.deletionProtectionEnabled()));
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

    /**
     * Refuses indexes whose members break DynamoDB's request constraints, which it checks before anything else;
     * {@code member} names the list in the request, as DynamoDB's messages do.
     */
    static void checkMembers(List<SecondaryIndex> indexes, String member) {
        for (int i = 0; i < indexes.size(); i++) {
            checkMembers(indexes.get(i), member + "." + (i + 1) + ".member");
        }
    }

    /** Refuses an index whose members break DynamoDB's request constraints; {@code path} names it. */
    static void checkMembers(SecondaryIndex index, String path) {
        if (index.projection() == null) {
            throw new ValidationException(String.format(MEMBER_NULL, path + ".projection"));
        }
        String name = index.indexName();
        if (name == null) {
            throw new ValidationException(String.format(MEMBER_NULL, path + ".indexName"));
        }
        if (!name.matches(NAME_CHARACTERS)) {
            throw new ValidationException(String.format(NAME_PATTERN, name, path + ".indexName"));
        }
        if (name.length() < 3) {
            throw new ValidationException(String.format(NAME_TOO_SHORT, name, path + ".indexName"));
        }
        if (name.length() > 255) {
            throw new ValidationException(String.format(NAME_TOO_LONG, name, path + ".indexName"));
        }
        ProvisionedThroughput throughput = index.provisionedThroughput();
        if (throughput != null && throughput.writeCapacityUnits() == null) {
            throw new ValidationException(
                    String.format(MEMBER_NULL, path + ".provisionedThroughput.writeCapacityUnits"));
        }
        if (throughput != null && throughput.readCapacityUnits() == null) {
            throw new ValidationException(
                    String.format(MEMBER_NULL, path + ".provisionedThroughput.readCapacityUnits"));
        }
        checkUnits(throughput, path + ".provisionedThroughput");
    }

    /** Refuses capacity units below 1, the write units first as DynamoDB lists them; {@code path} names them. */
    static void checkUnits(ProvisionedThroughput throughput, String path) {
        if (throughput == null) {
            return;
        }
        if (throughput.writeCapacityUnits() != null && throughput.writeCapacityUnits() < 1) {
            throw new ValidationException(
                    String.format(UNITS_TOO_SMALL, throughput.writeCapacityUnits(), path + ".writeCapacityUnits"));
        }
        if (throughput.readCapacityUnits() != null && throughput.readCapacityUnits() < 1) {
            throw new ValidationException(
                    String.format(UNITS_TOO_SMALL, throughput.readCapacityUnits(), path + ".readCapacityUnits"));
        }
    }

    /** Refuses a projection without a type, or whose NonKeyAttributes do not go with its type. */
    static void checkProjection(Projection projection) {
        if (projection.projectionType() == null) {
            throw new ValidationException(UNKNOWN_PROJECTION);
        }
        List<String> nonKey = projection.nonKeyAttributes();
        if (projection.projectionType() != ProjectionType.INCLUDE && nonKey != null) {
            throw new ValidationException(String.format(NON_KEY_OUTSIDE_INCLUDE, projection.projectionType()));
        }
        if (projection.projectionType() == ProjectionType.INCLUDE && (nonKey == null || nonKey.isEmpty())) {
            throw new ValidationException(INCLUDE_WITHOUT_NON_KEY);
        }
    }

    /** Refuses more NonKeyAttributes, summed over all of a table's indexes, than DynamoDB allows. */
    static void checkProjectedTotal(List<Index> indexes) {
        if (indexes.stream().mapToInt(index -> index.nonKeyAttributes().size()).sum() > MAX_PROJECTED) {
            throw new ValidationException(TOO_MANY_PROJECTED);
        }
    }

    /**
     * The capacity of a global index: on demand on a table billed so, else its own throughput. CreateTable and
     * UpdateTable refuse a misfit in words of their own: {@code withUnits} for throughput on an on-demand table,
     * {@code withoutUnits} for none on a provisioned one (each with the index name for {@code %s}).
     */
    static Table.Capacity indexCapacity(
            SecondaryIndex index, boolean provisioned, String withUnits, String withoutUnits) {
        ProvisionedThroughput throughput = index.provisionedThroughput();
        if (!provisioned) {
            if (throughput != null) {
                throw new ValidationException(String.format(withUnits, index.indexName()));
            }
            return Table.Capacity.ON_DEMAND;
        }
        if (throughput == null) {
            throw new ValidationException(String.format(withoutUnits, index.indexName()));
        }
        return new Table.Capacity(true, throughput.readCapacityUnits(), throughput.writeCapacityUnits());
    }

    /** The index a checked definition describes; refuses a name another index of the table has. */
    static Index index(
            SecondaryIndex index,
            boolean global,
            KeySchema indexSchema,
            KeySchema schema,
            Set<String> indexNames,
            Table.Capacity capacity) {
        if (!indexNames.add(index.indexName())) {
            throw new ValidationException(String.format(DUPLICATE_INDEX, index.indexName()));
        }
        Projection projection = index.projection();
        Index created = new Index(
                index.indexName(),
                global,
                indexSchema,
                schema,
                projection.projectionType(),
                projection.nonKeyAttributes() == null ? List.of() : projection.nonKeyAttributes());
        created.capacity(capacity);
        return created;
    }

    private static List<String> names(List<KeySchemaElement> elements) {
        return elements.stream().map(KeySchemaElement::attributeName).toList();
    }

    /**
     * A table's key schema, or that of an index UpdateTable creates: as {@link #keySchema}, but an attribute without
     * a definition is reported as DynamoDB reports it there.
     */
    static KeySchema tableKeySchema(List<KeySchemaElement> elements, List<AttributeDefinition> definitions) {
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
