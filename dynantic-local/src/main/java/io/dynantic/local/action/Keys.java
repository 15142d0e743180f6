package io.dynantic.local.action;

import io.dynantic.local.ValidationException;
import io.dynantic.local.storage.Index;
import io.dynantic.local.storage.KeySchema;
import io.dynantic.local.storage.PrimaryKey;
import io.dynantic.local.storage.Table;
import io.dynantic.local.value.Type;
import io.dynantic.local.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;

/** DynamoDB's checks of the key attributes of an item (PutItem) and of a key (GetItem, DeleteItem, UpdateItem). */
final class Keys {
    // DynamoDB's message for an item without a key attribute; confirmed from DynamoDB responses quoted in
    // issues (for example "One or more parameter values were invalid: Missing the key id in the item").
    static final String MISSING_KEY = "One or more parameter values were invalid: Missing the key %s in the item";

    // DynamoDB's message for a key attribute of the wrong type; confirmed from DynamoDB responses quoted in
    // issues ("One or more parameter values were invalid: Type mismatch for key id expected: S actual: N").
    static final String TYPE_MISMATCH =
            "One or more parameter values were invalid: Type mismatch for key %s expected: %s actual: %s";

    // DynamoDB's message for a key that does not have exactly the schema's attributes with their types;
    // confirmed from DynamoDB responses quoted in many issues.
    static final String KEY_SCHEMA_MISMATCH = "The provided key element does not match the schema";

    // DynamoDB's message for an empty string key attribute (empty non-key strings are allowed since 2020);
    // confirmed from DynamoDB responses quoted in applications' logs and notes ("ValidationException: One or more
    // parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value.
    // Key: sk"). The text "One or more parameter values were invalid: An AttributeValue may not contain an empty
    // string" is DynamoDB's older message from before 2020 (still quoted in 2016-2019 issues), not used here.
    static final String EMPTY_STRING_KEY = "One or more parameter values are not valid. The AttributeValue for a key"
            + " attribute cannot contain an empty string value. Key: %s";

    // The same for an empty binary key attribute; confirmed from a conformance suite run against DynamoDB
    // (paritysuite/dynamodb-conformance, transactWriteItems error messages).
    static final String EMPTY_BINARY_KEY = "One or more parameter values are not valid. The AttributeValue for a key"
            + " attribute cannot contain an empty binary value. Key: %s";

    /** The largest partition key value DynamoDB accepts, in bytes. */
    static final int MAX_HASH_KEY_BYTES = 2048;

    /** The largest sort key value DynamoDB accepts, in bytes. */
    static final int MAX_RANGE_KEY_BYTES = 1024;

    // DynamoDB's messages for key values over those limits, the missing space in "of2048" included; confirmed from
    // DynamoDB responses quoted in issues and in tests written against DynamoDB (moto: "deliberately no space
    // between of and 2048"; scylladb's alternator tests quote the range key text).
    static final String HASH_KEY_TOO_LARGE = "One or more parameter values were invalid: Size of hashkey has exceeded"
            + " the maximum size limit of2048 bytes";
    static final String RANGE_KEY_TOO_LARGE = "One or more parameter values were invalid: Aggregated size of all"
            + " range keys has exceeded the size limit of 1024 bytes";

    // DynamoDB's message for an item whose attribute is a key of a secondary index but of another type; confirmed
    // from DynamoDB responses quoted in applications' notes ("Type mismatch for Index Key webLinkToken Expected: S
    // Actual: NULL IndexName: webLinkToken-index") and dynalite's tests recorded against DynamoDB.
    static final String INDEX_KEY_TYPE_MISMATCH = "One or more parameter values were invalid: Type mismatch for Index"
            + " Key %s Expected: %s Actual: %s IndexName: %s";

    // DynamoDB's messages for an empty string or binary value of a secondary index key in an item; confirmed from
    // DynamoDB responses quoted in issues (architect/dynalite#184, danishi/dynamodb-csv#41) and from a conformance
    // suite run against DynamoDB (paritysuite/dynamodb-conformance, index key error messages), which also shows
    // that DynamoDB names the alphabetically first index the attribute keys.
    static final String EMPTY_STRING_INDEX_KEY = "One or more parameter values are not valid. A value specified for a"
            + " secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty"
            + " string value. IndexName: %s, IndexKey: %s";
    static final String EMPTY_BINARY_INDEX_KEY = "One or more parameter values are not valid. A value specified for a"
            + " secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty"
            + " binary value. IndexName: %s, IndexKey: %s";

    // The same when an update expression wrote the empty value: DynamoDB then names neither index nor attribute.
    // Confirmed from the same conformance suite (UpdateItem and TransactWriteItems' Update).
    static final String UPDATED_EMPTY_STRING_INDEX_KEY = "One or more parameter values are not valid. The update"
            + " expression attempted to update a secondary index key to a value that is not supported. The"
            + " AttributeValue for a key attribute cannot contain an empty string value.";
    static final String UPDATED_EMPTY_BINARY_INDEX_KEY = "One or more parameter values are not valid. The update"
            + " expression attempted to update a secondary index key to a value that is not supported. The"
            + " AttributeValue for a key attribute cannot contain an empty binary value.";

    private Keys() {}

    /**
     * Checks the attributes of an item that are keys of the table's secondary indexes: each present one has the
     * index key's type and is not empty (an absent one leaves the item out of that index).
     */
    static void checkIndexKeys(Table table, Map<String, Value> item) {
        checkIndexKeys(table, item, false);
    }

    /** The same for the item an update expression produced, whose empty values DynamoDB reports in other words. */
    static void checkUpdatedIndexKeys(Table table, Map<String, Value> item) {
        checkIndexKeys(table, item, true);
    }

    /**
     * Whether {@code e} refuses an empty index key value an update expression wrote: unlike the update's other
     * problems, in a transaction that fails the whole request.
     */
    static boolean isUpdatedEmptyIndexKey(ValidationException e) {
        return e.getMessage().equals(UPDATED_EMPTY_STRING_INDEX_KEY)
                || e.getMessage().equals(UPDATED_EMPTY_BINARY_INDEX_KEY);
    }

    // Indexes by name: for an attribute that keys several indexes, DynamoDB names the alphabetically first.
    // Sorted only once a problem is found: the common write, which has none, pays for no sorting.
    private static void checkIndexKeys(Table table, Map<String, Value> item, boolean updated) {
        for (Index index : table.indexes()) {
            try {
                checkIndexKeys(index, item, updated);
            } catch (ValidationException problem) {
                for (Index named : table.indexes().stream()
                        .sorted(Comparator.comparing(Index::name))
                        .toList()) {
                    checkIndexKeys(named, item, updated);
                }
                throw problem;
            }
        }
    }

    private static void checkIndexKeys(Index index, Map<String, Value> item, boolean updated) {
        KeySchema schema = index.keySchema();
        checkIndexKey(index, item, schema.hashName(), schema.hashType(), updated);
        if (schema.hasRange()) {
            checkIndexKey(index, item, schema.rangeName(), schema.rangeType(), updated);
        }
    }

    private static void checkIndexKey(Index index, Map<String, Value> item, String name, Type type, boolean updated) {
        Value value = item.get(name);
        if (value == null) {
            return;
        }
        if (value.type() != type) {
            throw new ValidationException(
                    String.format(INDEX_KEY_TYPE_MISMATCH, name, type, value.type(), index.name()));
        }
        if (isEmpty(value)) {
            boolean string = value instanceof Value.S;
            throw new ValidationException(
                    updated
                            ? (string ? UPDATED_EMPTY_STRING_INDEX_KEY : UPDATED_EMPTY_BINARY_INDEX_KEY)
                            : String.format(
                                    string ? EMPTY_STRING_INDEX_KEY : EMPTY_BINARY_INDEX_KEY, index.name(), name));
        }
    }

    /**
     * Whether {@code e} refuses a key value of the wrong type, for an item or a key, or an index key value of the
     * wrong type: in a transaction DynamoDB reports it as the action's ValidationError reason rather than failing
     * the request.
     */
    static boolean isKeyTypeProblem(ValidationException e) {
        String message = e.getMessage();
        return message.equals(KEY_SCHEMA_MISMATCH)
                || message.startsWith(TYPE_MISMATCH.substring(0, TYPE_MISMATCH.indexOf('%')))
                || message.startsWith(INDEX_KEY_TYPE_MISMATCH.substring(0, INDEX_KEY_TYPE_MISMATCH.indexOf('%')));
    }

    /** Checks the key attributes of a whole item, in key schema order; returns the item's key. */
    static PrimaryKey ofItem(KeySchema schema, Map<String, Value> item) {
        checkItemAttribute(item, schema.hashName(), schema.hashType());
        if (schema.hasRange()) {
            checkItemAttribute(item, schema.rangeName(), schema.rangeType());
        }
        checkSizes(schema, item);
        return schema.keyOf(item);
    }

    private static void checkItemAttribute(Map<String, Value> item, String name, Type type) {
        Value value = item.get(name);
        if (value == null) {
            throw new ValidationException(String.format(MISSING_KEY, name));
        }
        if (value.type() != type) {
            throw new ValidationException(String.format(TYPE_MISMATCH, name, type, value.type()));
        }
        checkNotEmpty(name, value);
    }

    private static void checkSizes(KeySchema schema, Map<String, Value> item) {
        if (bytes(item.get(schema.hashName())) > MAX_HASH_KEY_BYTES) {
            throw new ValidationException(HASH_KEY_TOO_LARGE);
        }
        if (schema.hasRange() && bytes(item.get(schema.rangeName())) > MAX_RANGE_KEY_BYTES) {
            throw new ValidationException(RANGE_KEY_TOO_LARGE);
        }
    }

    private static long bytes(Value value) {
        if (value instanceof Value.S s) {
            return s.value().getBytes(StandardCharsets.UTF_8).length;
        }
        return value instanceof Value.B b ? b.length() : 0;
    }

    /**
     * Checks the key attributes of an item a BatchWriteItem puts; returns the item's key. Unlike PutItem, DynamoDB
     * refuses a missing key attribute or one of the wrong type as a key that does not match the schema: confirmed
     * from dynalite's tests written against DynamoDB, a conformance suite run against DynamoDB
     * (paritysuite/dynamodb-conformance#46) and an emulator's fix checked against DynamoDB (floci-io/floci#3227).
     */
    static PrimaryKey ofBatchItem(KeySchema schema, Map<String, Value> item) {
        if (!matches(item.get(schema.hashName()), schema.hashType())
                || (schema.hasRange() && !matches(item.get(schema.rangeName()), schema.rangeType()))) {
            throw new ValidationException(KEY_SCHEMA_MISMATCH);
        }
        return ofItem(schema, item);
    }

    /** Checks a key: exactly the schema's attributes, with their types, not empty; returns it. */
    static PrimaryKey ofKey(KeySchema schema, Map<String, Value> key) {
        int expected = schema.hasRange() ? 2 : 1;
        if (key.size() != expected
                || !matches(key.get(schema.hashName()), schema.hashType())
                || (schema.hasRange() && !matches(key.get(schema.rangeName()), schema.rangeType()))) {
            throw new ValidationException(KEY_SCHEMA_MISMATCH);
        }
        checkNotEmpty(schema.hashName(), key.get(schema.hashName()));
        if (schema.hasRange()) {
            checkNotEmpty(schema.rangeName(), key.get(schema.rangeName()));
        }
        checkSizes(schema, key);
        return schema.keyOf(key);
    }

    private static boolean matches(Value value, Type type) {
        return value != null && value.type() == type;
    }

    private static void checkNotEmpty(String name, Value value) {
        if (isEmpty(value)) {
            throw new ValidationException(
                    String.format(value instanceof Value.S ? EMPTY_STRING_KEY : EMPTY_BINARY_KEY, name));
        }
    }

    private static boolean isEmpty(Value value) {
        return value instanceof Value.S s ? s.value().isEmpty() : value instanceof Value.B b && b.length() == 0;
    }
}
