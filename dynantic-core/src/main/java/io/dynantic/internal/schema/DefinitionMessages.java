package io.dynantic.internal.schema;

/**
 * The texts of model definition errors ({@link DefinitionRules} reports them at run time and, through the annotation
 * processor, at compile time). Each text says what is wrong and how to fix it; callers put {@code Type.field: }
 * before it.
 */
final class DefinitionMessages {
    private DefinitionMessages() {}

    static String notATable() {
        return "not a table model; annotate it with @DynamoTable(\"table_name\")";
    }

    static String blankTableName() {
        return "@DynamoTable needs a table name, such as @DynamoTable(\"users\")";
    }

    static String subtypesWithoutDiscriminator(String tableName) {
        return "subtypes are listed but there is no discriminator attribute; name one with @DynamoTable(value = \""
                + tableName + "\", discriminator = \"type\")";
    }

    static String abstractWithoutDiscriminator() {
        return "an interface or abstract class is a table model only with a discriminator and subtypes;"
                + " add @DynamoTable(discriminator = ...) and make the type sealed or list its subtypes";
    }

    static String discriminatorWithoutSubtypes(String discriminator, String typeName) {
        return "discriminator \"" + discriminator + "\" needs subtypes; make " + typeName
                + " sealed or list them in @DynamoTable(subtypes = {...})";
    }

    static String notASubtype(String subtype, String base) {
        return "subtype " + subtype + " does not extend " + base;
    }

    static String missingDiscriminatorValue(String typeName) {
        return "a subtype needs its stored type name; annotate it with @DiscriminatorValue(\""
                + typeName.toUpperCase(java.util.Locale.ROOT) + "\")";
    }

    static String duplicateDiscriminatorValue(String value, String otherType) {
        return "@DiscriminatorValue(\"" + value + "\") is already used by " + otherType
                + "; each subtype needs its own";
    }

    static String discriminatorClash(String discriminator) {
        return "attribute name \"" + discriminator
                + "\" is the table's discriminator; store the field under another name with @Attribute";
    }

    static String noPartitionKey() {
        return "no field is annotated with @PartitionKey; annotate exactly one";
    }

    static String secondRole(String annotation, String firstField) {
        return "a second " + annotation + " (the first is " + firstField + "); a table has only one";
    }

    static String bothKeys() {
        return "a field cannot be both the partition key and the sort key";
    }

    static String keyType(String annotation, String typeName) {
        return annotation + " needs a string, number or binary type (stored as S, N or B), not " + typeName;
    }

    static String ttlStored(String stored) {
        return "@Ttl needs its value stored as a number (N) of epoch seconds, which DynamoDB's TTL reads; this field's"
                + " converter stores " + stored;
    }

    static String ttlType(String typeName) {
        return "@Ttl needs an Instant, long or Long field (epoch seconds), not " + typeName;
    }

    static String versionType(String typeName) {
        return "@Version needs a Long, long, Integer or int field, not " + typeName;
    }

    static String autoUuidType(String typeName) {
        return "@AutoUuid needs a String or UUID field, not " + typeName;
    }

    static String autoUuidPlacement() {
        return "@AutoUuid goes on the partition key or the sort key";
    }

    static String timestampType(String annotation, String typeName) {
        return annotation + " needs an Instant field, not " + typeName;
    }

    static String indexSortWithoutPartition(String index) {
        return "@GsiSortKey(\"" + index
                + "\") names an index without a partition key; annotate a field with @GsiPartitionKey(\"" + index
                + "\")";
    }

    static String localIndexWithoutSortKey(String index) {
        return "@LsiSortKey(\"" + index + "\") needs a table sort key; annotate a field with @SortKey";
    }

    static String indexGlobalAndLocal(String index) {
        return "index \"" + index + "\" is declared as both a global and a local index; give them different names";
    }

    static String indexNameMissing(String annotation) {
        return annotation + " needs a non-blank index name";
    }

    static String secondIndexKey(String annotation, String index, String firstField) {
        return "a second " + annotation + "(\"" + index + "\") (the first is " + firstField + "); an index has one "
                + (annotation.contains("Partition") ? "partition" : "sort") + " key";
    }

    static String ignoreCombined(String annotation) {
        return "@Ignore cannot be combined with " + annotation + "; remove one";
    }

    static String formatWithTtl() {
        return "@Format cannot be combined with @Ttl, which is always stored as epoch seconds; remove @Format";
    }

    static String formatType(String described) {
        return "@Format applies to Instant fields (or optionals, collections and maps of them), not " + described
                + "; remove @Format";
    }

    static String roleInNestedModel(String annotation) {
        return annotation
                + " has no effect in a nested model; keys, indexes, TTL, versions, generated keys and timestamps"
                + " belong to the table model";
    }

    static String duplicateAttributeName(String attributeName, String otherField) {
        return "attribute name \"" + attributeName + "\" is already used by " + otherField
                + "; store one of them under another name with @Attribute";
    }

    static String emptyAttributeName() {
        return "@Attribute needs a non-empty attribute name";
    }

    static String differentSubtypeKeys(String first, String other) {
        return "subtypes " + first + " and " + other
                + " have different key attributes; the subtypes of one table share the partition and sort key"
                + " (same stored name and type)";
    }

    static String differentSubtypeWriteRoles(String role, String first, String other) {
        return "subtypes " + first + " and " + other + " have different " + role + " attributes; the subtypes of one"
                + " table share them (same stored names and types), since a write through the base applies one set to"
                + " every item";
    }

    static String differentSubtypeTtls(String first, String other) {
        return "subtypes " + first + " and " + other
                + " have different @Ttl attributes; the subtypes of one table share the TTL attribute"
                + " (same stored name and type)";
    }

    static String differentIndexKeyTypes(
            String first, String other, String attribute, String index, String firstType, String otherType) {
        return "subtypes " + first + " and " + other + " store key attribute \"" + attribute + "\" of index \"" + index
                + "\" as " + firstType + " and " + otherType
                + "; the subtypes of one table share each index key (same stored name and type)";
    }
}
