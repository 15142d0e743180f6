package io.dynantic.local.action;

import io.dynantic.local.ResourceNotFoundException;
import io.dynantic.local.ValidationException;
import io.dynantic.local.api.AttributeDefinition;
import io.dynantic.local.api.BillingMode;
import io.dynantic.local.api.BillingModeSummary;
import io.dynantic.local.api.IndexDescription;
import io.dynantic.local.api.KeySchemaElement;
import io.dynantic.local.api.KeyType;
import io.dynantic.local.api.Projection;
import io.dynantic.local.api.ProjectionType;
import io.dynantic.local.api.ProvisionedThroughputDescription;
import io.dynantic.local.api.ScalarAttributeType;
import io.dynantic.local.api.TableDescription;
import io.dynantic.local.api.TableStatus;
import io.dynantic.local.api.WarmThroughput;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.Index;
import io.dynantic.local.storage.KeySchema;
import io.dynantic.local.storage.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Table look-up and description shared by the actions. */
final class Tables {
    /** The ARN prefix of this engine's tables, in the form DynamoDB Local uses. */
    static final String ARN_PREFIX = "arn:aws:dynamodb:ddblocal:000000000000:table/";

    // DynamoDB's message for a request without TableName; confirmed from a negative test suite run against
    // DynamoDB ("The parameter 'TableName' is required but was not present in the request").
    static final String TABLE_NAME_REQUIRED =
            "The parameter 'TableName' is required but was not present in the request";

    private Tables() {}

    /** Refuses a request without a table name; the first check of every action. */
    static void requireName(String tableName) {
        if (tableName == null) {
            throw new ValidationException(TABLE_NAME_REQUIRED);
        }
    }

    /** The table an item action names, or DynamoDB's ResourceNotFoundException. */
    static Table require(Catalog catalog, String tableName) {
        Table table = catalog.get(tableName);
        if (table == null) {
            throw ResourceNotFoundException.resource();
        }
        return table;
    }

    /** The table a table-level action names, or DynamoDB's "Table: ... not found". */
    static Table requireTable(Catalog catalog, String tableName) {
        Table table = catalog.get(tableName);
        if (table == null) {
            throw ResourceNotFoundException.table(tableName);
        }
        return table;
    }

    static TableDescription describe(Table table) {
        return describe(table, TableStatus.ACTIVE);
    }

    static TableDescription describe(Table table, TableStatus status) {
        KeySchema schema = table.keySchema();
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
        List<KeySchemaElement> keySchema = elements(schema, definitions);
        List<IndexDescription> globals = new ArrayList<>();
        List<IndexDescription> locals = new ArrayList<>();
        for (Index index : table.indexes()) {
            (index.global() ? globals : locals)
                    .add(new IndexDescription(
                            index.name(),
                            elements(index.keySchema(), definitions),
                            new Projection(
                                    index.projectionType(),
                                    index.projectionType() == ProjectionType.INCLUDE ? index.nonKeyAttributes() : null),
                            index.global() ? "ACTIVE" : null,
                            index.itemCount(),
                            index.sizeBytes(),
                            ARN_PREFIX + table.name() + "/index/" + index.name(),
                            index.global()
                                    ? new ProvisionedThroughputDescription(
                                            index.capacity().readUnits(),
                                            index.capacity().writeUnits(),
                                            0)
                                    : null,
                            index.global() ? WarmThroughput.ON_DEMAND : null));
        }
        return new TableDescription(
                table.name(),
                ARN_PREFIX + table.name(),
                keySchema,
                ordered(definitions, table.attributeOrder()),
                status,
                table.creationTime(),
                table.itemCount(),
                table.sizeBytes(),
                globals,
                locals,
                new BillingModeSummary(
                        table.capacity().provisioned() ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST),
                new ProvisionedThroughputDescription(
                        table.capacity().readUnits(), table.capacity().writeUnits(), 0),
                table.deletionProtection(),
                WarmThroughput.ON_DEMAND);
    }

    /** The definitions in the order the requests gave them (any not given there last). */
    private static List<AttributeDefinition> ordered(Map<String, AttributeDefinition> definitions, List<String> order) {
        List<AttributeDefinition> ordered = new ArrayList<>();
        order.stream().filter(definitions::containsKey).map(definitions::get).forEach(ordered::add);
        definitions.values().stream()
                .filter(d -> !order.contains(d.attributeName()))
                .forEach(ordered::add);
        return ordered;
    }

    /** The key schema elements of a key schema; adds the definitions of its attributes to {@code definitions}. */
    private static List<KeySchemaElement> elements(KeySchema schema, Map<String, AttributeDefinition> definitions) {
        List<KeySchemaElement> elements = new ArrayList<>();
        elements.add(new KeySchemaElement(schema.hashName(), KeyType.HASH));
        definitions.putIfAbsent(
                schema.hashName(),
                new AttributeDefinition(
                        schema.hashName(),
                        ScalarAttributeType.valueOf(schema.hashType().name())));
        if (schema.hasRange()) {
            elements.add(new KeySchemaElement(schema.rangeName(), KeyType.RANGE));
            definitions.putIfAbsent(
                    schema.rangeName(),
                    new AttributeDefinition(
                            schema.rangeName(),
                            ScalarAttributeType.valueOf(schema.rangeType().name())));
        }
        return elements;
    }
}
