package io.dynantic.local.action;

import io.dynantic.local.LimitExceededException;
import io.dynantic.local.ResourceNotFoundException;
import io.dynantic.local.ValidationException;
import io.dynantic.local.api.AttributeDefinition;
import io.dynantic.local.api.BillingMode;
import io.dynantic.local.api.GlobalSecondaryIndexUpdate;
import io.dynantic.local.api.SecondaryIndex;
import io.dynantic.local.api.UpdateTableRequest;
import io.dynantic.local.api.UpdateTableResponse;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.Index;
import io.dynantic.local.storage.KeySchema;
import io.dynantic.local.storage.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DynamoDB's UpdateTable: billing mode and provisioned capacity, and global secondary indexes created (filled from
 * the table's items at once, where DynamoDB backfills them while the index is CREATING) or deleted.
 */
public final class UpdateTable {
    // DynamoDB's messages for an UpdateTable that changes nothing, for an index that exists already or does not
    // exist, for several index changes at once and for PROVISIONED without capacity; confirmed from DynamoDB
    // responses (probes of DynamoDB in 2026, dynalite's recorded tests, ScyllaDB's tests run against AWS).
    static final String NOTHING_TO_UPDATE = "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled,"
            + " GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, MultiAccountReplicaReady,"
            + " ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, OnDemandThroughput,"
            + " WarmThroughput or TableClass is required";
    static final String INDEX_EXISTS = "Attempting to create an index which already exists";
    static final String INDEX_NOT_FOUND = "Requested resource not found: Index %s for table %s";
    static final String ONE_INDEX_CHANGE =
            "Subscriber limit exceeded: Only 1 online index can be created or" + " deleted simultaneously per table";
    static final String PROVISIONED_NEEDS_THROUGHPUT = "One or more parameter values were invalid:"
            + " ProvisionedThroughput must be specified when BillingMode is PROVISIONED";
    static final String EMPTY_INDEX_UPDATE = "One or more parameter values were invalid: One of"
            + " GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete"
            + " must not be null";

    // This engine's message for changing the type of a defined key attribute; DynamoDB's own text is unconfirmed.
    static final String TYPE_CONFLICT =
            "One or more parameter values were invalid: Cannot change the type of" + " existing key attribute: %s";

    private final Catalog catalog;

    public UpdateTable(Catalog catalog) {
        this.catalog = catalog;
    }

    public UpdateTableResponse execute(UpdateTableRequest request) {
        Tables.requireName(request.tableName());
        if (request.billingMode() == null
                && request.provisionedThroughput() == null
                && request.globalSecondaryIndexUpdates().isEmpty()) {
            throw new ValidationException(NOTHING_TO_UPDATE);
        }
        if (request.globalSecondaryIndexUpdates().size() > 1) {
            throw new LimitExceededException(ONE_INDEX_CHANGE);
        }
        for (GlobalSecondaryIndexUpdate update : request.globalSecondaryIndexUpdates()) {
            if (update.create() == null && update.delete() == null) {
                throw new ValidationException(EMPTY_INDEX_UPDATE);
            }
        }
        if (request.billingMode() == BillingMode.PROVISIONED && request.provisionedThroughput() == null) {
            throw new ValidationException(PROVISIONED_NEEDS_THROUGHPUT);
        }
        return catalog.write(() -> {
            Table table = Tables.requireTable(catalog, request.tableName());
            Table.Capacity capacity = table.capacity();
            if (request.billingMode() != null || request.provisionedThroughput() != null) {
                BillingMode mode = request.billingMode() != null
                        ? request.billingMode()
                        : capacity.provisioned() ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST;
                capacity = CreateTable.capacity(mode, request.provisionedThroughput());
            }
            Runnable change = () -> {};
            for (GlobalSecondaryIndexUpdate update : request.globalSecondaryIndexUpdates()) {
                change = update.create() != null
                        ? create(table, update.create(), request.attributeDefinitions())
                        : delete(table, update.delete().indexName());
            }
            table.capacity(capacity);
            change.run();
            return new UpdateTableResponse(Tables.describe(table));
        });
    }

    private static Runnable create(Table table, SecondaryIndex index, List<AttributeDefinition> definitions) {
        List<AttributeDefinition> known = new ArrayList<>(Tables.describe(table).attributeDefinitions());
        for (AttributeDefinition definition : definitions) {
            known.stream()
                    .filter(k -> k.attributeName().equals(definition.attributeName()))
                    .filter(k -> k.attributeType() != definition.attributeType())
                    .findFirst()
                    .ifPresent(k -> {
                        throw new ValidationException(String.format(TYPE_CONFLICT, k.attributeName()));
                    });
            if (known.stream().noneMatch(k -> k.attributeName().equals(definition.attributeName()))) {
                known.add(definition);
            }
        }
        KeySchema indexSchema = CreateTable.keySchema(index.keySchema(), known);
        if (table.index(index.indexName()) != null) {
            throw new ValidationException(INDEX_EXISTS);
        }
        Set<String> names = new HashSet<>();
        table.indexes().forEach(existing -> names.add(existing.name()));
        Index created = CreateTable.index(index, true, indexSchema, table.keySchema(), names);
        return () -> {
            table.addIndex(created);
            definitions.stream()
                    .map(AttributeDefinition::attributeName)
                    .filter(name -> !table.attributeOrder().contains(name))
                    .forEach(table.attributeOrder()::add);
        };
    }

    private static Runnable delete(Table table, String indexName) {
        Index index = table.index(indexName);
        if (index == null || !index.global()) {
            throw new ResourceNotFoundException(String.format(INDEX_NOT_FOUND, indexName, table.name()));
        }
        return () -> table.removeIndex(indexName);
    }
}
