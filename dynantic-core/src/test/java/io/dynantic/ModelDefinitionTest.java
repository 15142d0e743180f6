package io.dynantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.annotation.Attribute;
import io.dynantic.annotation.AutoUuid;
import io.dynantic.annotation.Convert;
import io.dynantic.annotation.CreatedAt;
import io.dynantic.annotation.DiscriminatorValue;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.EnumValue;
import io.dynantic.annotation.Format;
import io.dynantic.annotation.GsiPartitionKey;
import io.dynantic.annotation.GsiSortKey;
import io.dynantic.annotation.Ignore;
import io.dynantic.annotation.LsiSortKey;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.SortKey;
import io.dynantic.annotation.Ttl;
import io.dynantic.annotation.UpdatedAt;
import io.dynantic.annotation.Version;
import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import io.dynantic.convert.InstantFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every model definition rule, with its whole message. No request is sent: models fail at table(). */
class ModelDefinitionTest {
    private static final Dynantic DYN = Dynantic.create(DynamoDbClient.builder()
            .region(Region.US_EAST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .build());

    private static void assertFails(Class<?> model, String message) {
        assertThatThrownBy(() -> DYN.table(model))
                .isInstanceOf(ModelDefinitionException.class)
                .hasMessage(message);
    }

    record ErroneousNotATable(@PartitionKey String id) {}

    @Test
    void notAnnotated() {
        assertFails(
                ErroneousNotATable.class,
                "ErroneousNotATable: not a table model; annotate it with @DynamoTable(\"table_name\")");
    }

    @DynamoTable(" ")
    record ErroneousBlankName(@PartitionKey String id) {}

    @Test
    void blankTableName() {
        assertFails(
                ErroneousBlankName.class,
                "ErroneousBlankName: @DynamoTable needs a table name, such as @DynamoTable(\"users\")");
    }

    @DynamoTable("t")
    record ErroneousNoKey(String id) {}

    @Test
    void noPartitionKey() {
        assertFails(
                ErroneousNoKey.class, "ErroneousNoKey: no field is annotated with @PartitionKey; annotate exactly one");
    }

    @DynamoTable("t")
    record ErroneousTwoKeys(
            @PartitionKey String a, @PartitionKey String b) {}

    @Test
    void twoPartitionKeys() {
        assertFails(
                ErroneousTwoKeys.class,
                "ErroneousTwoKeys.b: a second @PartitionKey (the first is a); a table has only one");
    }

    @DynamoTable("t")
    record ErroneousTwoSortKeys(
            @PartitionKey String a,
            @SortKey String b,
            @SortKey String c) {}

    @Test
    void twoSortKeys() {
        assertFails(
                ErroneousTwoSortKeys.class,
                "ErroneousTwoSortKeys.c: a second @SortKey (the first is b); a table has only one");
    }

    @DynamoTable("t")
    record ErroneousBothKeys(@PartitionKey @SortKey String a) {}

    @Test
    void oneFieldAsBothKeys() {
        assertFails(
                ErroneousBothKeys.class,
                "ErroneousBothKeys.a: a field cannot be both the partition key and the sort key");
    }

    @DynamoTable("t")
    record ErroneousKeyType(@PartitionKey Set<String> tags) {}

    @Test
    void keyOfANonScalarType() {
        assertFails(
                ErroneousKeyType.class,
                "ErroneousKeyType.tags: @PartitionKey needs a string, number or binary type (stored as S, N or B),"
                        + " not Set<String>");
    }

    @DynamoTable("t")
    record ErroneousSortKeyType(
            @PartitionKey String id, @SortKey boolean flag) {}

    @Test
    void sortKeyOfABooleanType() {
        assertFails(
                ErroneousSortKeyType.class,
                "ErroneousSortKeyType.flag: @SortKey needs a string, number or binary type (stored as S, N or B),"
                        + " not boolean");
    }

    @DynamoTable("t")
    record ErroneousTtl(@PartitionKey String id, @Ttl String expiresAt) {}

    @Test
    void ttlOnAString() {
        assertFails(
                ErroneousTtl.class,
                "ErroneousTtl.expiresAt: @Ttl needs an Instant, long or Long field (epoch seconds), not String");
    }

    @DynamoTable("t")
    record ErroneousTwoTtls(
            @PartitionKey String id, @Ttl long a, @Ttl Instant b) {}

    @Test
    void twoTtls() {
        assertFails(ErroneousTwoTtls.class, "ErroneousTwoTtls.b: a second @Ttl (the first is a); a table has only one");
    }

    @DynamoTable("t")
    record ErroneousVersion(
            @PartitionKey String id, @Version String version) {}

    @Test
    void versionOnAString() {
        assertFails(
                ErroneousVersion.class,
                "ErroneousVersion.version: @Version needs a Long, long, Integer or int field, not String");
    }

    @DynamoTable("t")
    record ErroneousTwoVersions(
            @PartitionKey String id,
            @Version long a,
            @Version long b) {}

    @Test
    void twoVersions() {
        assertFails(
                ErroneousTwoVersions.class,
                "ErroneousTwoVersions.b: a second @Version (the first is a); a table has only one");
    }

    @DynamoTable("t")
    record ErroneousAutoUuidType(@PartitionKey @AutoUuid Long id) {}

    @Test
    void autoUuidOnALong() {
        assertFails(
                ErroneousAutoUuidType.class,
                "ErroneousAutoUuidType.id: @AutoUuid needs a String or UUID field, not Long");
    }

    @DynamoTable("t")
    record ErroneousAutoUuidPlace(
            @PartitionKey String id, @AutoUuid String other) {}

    @Test
    void autoUuidOffTheKey() {
        assertFails(
                ErroneousAutoUuidPlace.class,
                "ErroneousAutoUuidPlace.other: @AutoUuid goes on the partition key or the sort key");
    }

    @DynamoTable("t")
    record ErroneousCreatedAt(
            @PartitionKey String id, @CreatedAt String created) {}

    @Test
    void createdAtOnAString() {
        assertFails(
                ErroneousCreatedAt.class, "ErroneousCreatedAt.created: @CreatedAt needs an Instant field, not String");
    }

    @DynamoTable("t")
    record ErroneousUpdatedAt(
            @PartitionKey String id, @UpdatedAt long updated) {}

    @Test
    void updatedAtOnALong() {
        assertFails(
                ErroneousUpdatedAt.class, "ErroneousUpdatedAt.updated: @UpdatedAt needs an Instant field, not long");
    }

    @DynamoTable("t")
    record ErroneousGsi(
            @PartitionKey String id, @GsiSortKey("by-x") String x) {}

    @Test
    void gsiSortKeyWithoutPartitionKey() {
        assertFails(
                ErroneousGsi.class,
                "ErroneousGsi.x: @GsiSortKey(\"by-x\") names an index without a partition key;"
                        + " annotate a field with @GsiPartitionKey(\"by-x\")");
    }

    @DynamoTable("t")
    record ErroneousTwoGsiKeys(
            @PartitionKey String id,
            @GsiPartitionKey("g") String a,
            @GsiPartitionKey("g") String b) {}

    @Test
    void twoPartitionKeysForOneIndex() {
        assertFails(
                ErroneousTwoGsiKeys.class,
                "ErroneousTwoGsiKeys.b: a second @GsiPartitionKey(\"g\") (the first is a); an index has one"
                        + " partition key");
    }

    @DynamoTable("t")
    record ErroneousGsiKeyType(
            @PartitionKey String id, @GsiPartitionKey("g") List<String> a) {}

    @Test
    void gsiKeyOfAListType() {
        assertFails(
                ErroneousGsiKeyType.class,
                "ErroneousGsiKeyType.a: @GsiPartitionKey needs a string, number or binary type (stored as S, N or B),"
                        + " not List<String>");
    }

    @DynamoTable("t")
    record ErroneousBlankIndex(
            @PartitionKey String id, @GsiPartitionKey(" ") String a) {}

    @Test
    void blankIndexName() {
        assertFails(ErroneousBlankIndex.class, "ErroneousBlankIndex.a: @GsiPartitionKey needs a non-blank index name");
    }

    @DynamoTable("t")
    record ErroneousLsi(
            @PartitionKey String id, @LsiSortKey("by-x") String x) {}

    @Test
    void lsiWithoutTableSortKey() {
        assertFails(
                ErroneousLsi.class,
                "ErroneousLsi.x: @LsiSortKey(\"by-x\") needs a table sort key; annotate a field with @SortKey");
    }

    @DynamoTable("t")
    record ErroneousIndexNames(
            @PartitionKey String id,
            @SortKey String sk,
            @GsiPartitionKey("x") String a,
            @LsiSortKey("x") String b) {}

    @Test
    void indexDeclaredGlobalAndLocal() {
        assertFails(
                ErroneousIndexNames.class,
                "ErroneousIndexNames.b: index \"x\" is declared as both a global and a local index;"
                        + " give them different names");
    }

    @DynamoTable("t")
    record ErroneousRename(
            @PartitionKey String id, @Attribute("id") String other) {}

    @Test
    void twoFieldsUnderOneAttributeName() {
        assertFails(
                ErroneousRename.class,
                "ErroneousRename.other: attribute name \"id\" is already used by ErroneousRename.id;"
                        + " store one of them under another name with @Attribute");
    }

    @DynamoTable("t")
    record ErroneousEmptyRename(
            @PartitionKey String id, @Attribute("") String other) {}

    @Test
    void emptyAttributeName() {
        assertFails(
                ErroneousEmptyRename.class, "ErroneousEmptyRename.other: @Attribute needs a non-empty attribute name");
    }

    @DynamoTable("t")
    public static class ErroneousIgnoredKey {
        @PartitionKey
        @Ignore
        private String id;
    }

    @Test
    void ignoreCombinedWithAMappingAnnotation() {
        assertFails(
                ErroneousIgnoredKey.class,
                "ErroneousIgnoredKey.id: @Ignore cannot be combined with @PartitionKey; remove one");
    }

    @DynamoTable("t")
    record IgnoredComponents(
            @PartitionKey String id,
            @Ignore Thread worker,
            @Ignore int hits,
            @Ignore List<String> seen) {}

    @Test
    void ignoredRecordComponentsNeedNoConverter() {
        assertThat(DYN.table(IgnoredComponents.class).tableName()).isEqualTo("t");
    }

    @DynamoTable("t")
    record ErroneousFormatOnString(
            @PartitionKey String id,
            @Format(InstantFormat.ISO) String when) {}

    @Test
    void formatOnAFieldWithoutInstants() {
        assertFails(
                ErroneousFormatOnString.class,
                "ErroneousFormatOnString.when: @Format applies to Instant fields (or optionals, collections and"
                        + " maps of them), not String; remove @Format");
    }

    @DynamoTable("t")
    record ErroneousFormatOnTtl(
            @PartitionKey String id,
            @Ttl @Format(InstantFormat.ISO) Instant expires) {}

    @Test
    void formatOnATtlField() {
        assertFails(
                ErroneousFormatOnTtl.class,
                "ErroneousFormatOnTtl.expires: @Format cannot be combined with @Ttl, which is always stored as epoch"
                        + " seconds; remove @Format");
    }

    enum ErroneousSharedValue {
        ONE("x"),
        TWO("x"),
        THREE(null);

        @EnumValue
        private final String value;

        ErroneousSharedValue(String value) {
            this.value = value;
        }
    }

    @DynamoTable("t")
    record ErroneousEnumValues(@PartitionKey String id, ErroneousSharedValue kind) {}

    @Test
    void enumValuesMustBeDistinctAndPresent() {
        assertFails(
                ErroneousEnumValues.class,
                "ErroneousEnumValues.kind: ErroneousSharedValue.ONE and TWO both store \"x\"; @EnumValue values must"
                        + " be distinct; ErroneousSharedValue.THREE has a null @EnumValue");
    }

    enum ErroneousUnstorableValue {
        ZERO(0.0),
        NOT_A_NUMBER(Double.NaN);

        @EnumValue
        private final double value;

        ErroneousUnstorableValue(double value) {
            this.value = value;
        }
    }

    @DynamoTable("t")
    record ErroneousEnumStorable(@PartitionKey String id, ErroneousUnstorableValue kind) {}

    @Test
    void enumValuesMustBeStorable() {
        assertFails(
                ErroneousEnumStorable.class,
                "ErroneousEnumStorable.kind: ErroneousUnstorableValue.NOT_A_NUMBER's @EnumValue cannot be stored: NaN"
                        + " cannot be stored; DynamoDB numbers are finite");
    }

    enum ErroneousValueType {
        ONE;

        @EnumValue
        Object value() {
            return this;
        }
    }

    @DynamoTable("t")
    record ErroneousEnumValueType(@PartitionKey String id, ErroneousValueType kind) {}

    @Test
    void enumValuesAreStringsOrNumbers() {
        assertFails(
                ErroneousEnumValueType.class,
                "ErroneousEnumValueType.kind: ErroneousValueType.value: @EnumValue must be a String or a number, not"
                        + " Object");
    }

    @DynamoTable("t")
    record ErroneousType(@PartitionKey String id, Thread worker) {}

    @Test
    void unsupportedType() {
        assertFails(
                ErroneousType.class,
                "ErroneousType.worker: Thread is not a supported type; use @Convert, register a converter on"
                        + " Dynantic.builder(), or @Ignore the field");
    }

    @DynamoTable("t")
    record ErroneousSetElement(@PartitionKey String id, Set<Object> tags) {}

    @Test
    void setOfObjects() {
        assertFails(
                ErroneousSetElement.class,
                "ErroneousSetElement.tags: Set<Object> is not a supported set element type;"
                        + " use String, a number type or byte[]");
    }

    @DynamoTable("t")
    record ErroneousSetOfLists(@PartitionKey String id, Set<List<String>> tags) {}

    @Test
    void setOfLists() {
        assertFails(
                ErroneousSetOfLists.class,
                "ErroneousSetOfLists.tags: Set<List<String>> is not a supported set element type;"
                        + " use String, a number type or byte[]");
    }

    record Node(String name, Set<Node> children) {}

    @DynamoTable("t")
    record ErroneousSelfInSet(@PartitionKey String id, Node root) {}

    /** A model that holds a set of itself: reported as any set of maps is, not as a converter not yet resolved. */
    @Test
    void setOfTheModelItself() {
        assertFails(
                ErroneousSelfInSet.class,
                "Node.children: Set<Node> is not a supported set element type; use String, a number type or byte[]\n"
                        + "  for ErroneousSelfInSet.root");
    }

    @DynamoTable("t")
    record ErroneousMapKey(@PartitionKey String id, Map<Integer, String> byNumber) {}

    @Test
    void mapWithNonStringKeys() {
        assertFails(
                ErroneousMapKey.class,
                "ErroneousMapKey.byNumber: Map<Integer, String> is not supported: map keys must be String;"
                        + " convert the map with @Convert or a registered converter");
    }

    record Geo(Thread worker) {}

    record Place(String name, Geo geo) {}

    @DynamoTable("t")
    record ErroneousNested(@PartitionKey String id, Place place) {}

    @Test
    void unsupportedTypeInANestedModel() {
        assertFails(
                ErroneousNested.class,
                "Geo.worker: Thread is not a supported type; use @Convert, register a converter on"
                        + " Dynantic.builder(), or @Ignore the field\n  for Place.geo\n  for ErroneousNested.place");
    }

    record KeyedPlace(@PartitionKey String name) {}

    @DynamoTable("t")
    record ErroneousNestedKey(@PartitionKey String id, KeyedPlace place) {}

    @Test
    void tableRoleInANestedModel() {
        assertFails(
                ErroneousNestedKey.class,
                "KeyedPlace.name: @PartitionKey has no effect in a nested model; keys, indexes, TTL, versions,"
                        + " generated keys and timestamps belong to the table model\n  for ErroneousNestedKey.place");
    }

    record StampedPlace(String name, @UpdatedAt Instant changed) {}

    @DynamoTable("t")
    record ErroneousNestedStamp(@PartitionKey String id, StampedPlace place) {}

    @Test
    void timestampInANestedModel() {
        // Never filled there: refused, not ignored.
        assertFails(
                ErroneousNestedStamp.class,
                "StampedPlace.changed: @UpdatedAt has no effect in a nested model; keys, indexes, TTL, versions,"
                        + " generated keys and timestamps belong to the table model\n  for ErroneousNestedStamp.place");
    }

    @DynamoTable("t")
    public static class ErroneousBean {
        @PartitionKey
        private String id;

        private String name;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }
    }

    @Test
    void beanPropertyWithoutSetter() {
        assertFails(
                ErroneousBean.class,
                "ErroneousBean.name: a bean property needs a public getter and setter; add setName(String),"
                        + " or @Ignore the field");
    }

    @DynamoTable("t")
    public static class ErroneousNoConstructor {
        @PartitionKey
        private String id;

        public ErroneousNoConstructor(String id) {
            this.id = id;
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }
    }

    @Test
    void beanWithoutNoArgConstructor() {
        assertFails(
                ErroneousNoConstructor.class,
                "ErroneousNoConstructor: a model must be a record or a class with a no-argument constructor");
    }

    static final class NoDefaultConstructor implements AttributeConverter<String> {
        NoDefaultConstructor(int ignored) {}

        @Override
        public AttributeType type() {
            return AttributeType.S;
        }

        @Override
        public AttributeValue write(String value) {
            return AttributeValue.fromS(value);
        }

        @Override
        public String read(AttributeValue value) {
            return value.s();
        }
    }

    @DynamoTable("t")
    record ErroneousConverter(
            @PartitionKey String id,
            @Convert(NoDefaultConstructor.class) String name) {}

    @Test
    void converterWithoutNoArgConstructor() {
        assertThatThrownBy(() -> DYN.table(ErroneousConverter.class))
                .isInstanceOf(ModelDefinitionException.class)
                .hasMessageStartingWith("ErroneousConverter.name: @Convert(NoDefaultConstructor.class) needs a"
                        + " no-argument constructor that succeeds (java.lang.NoSuchMethodException");
    }

    // ------------------------------------------------------------------ polymorphism

    @DynamoTable(
            value = "app",
            subtypes = {Plain.class})
    public static class ErroneousSubtypesOnly {}

    public static class Plain extends ErroneousSubtypesOnly {}

    @Test
    void subtypesWithoutDiscriminator() {
        assertFails(
                ErroneousSubtypesOnly.class,
                "ErroneousSubtypesOnly: subtypes are listed but there is no discriminator attribute;"
                        + " name one with @DynamoTable(value = \"app\", discriminator = \"type\")");
    }

    @DynamoTable("app")
    interface ErroneousInterface {}

    @Test
    void interfaceWithoutDiscriminator() {
        assertFails(
                ErroneousInterface.class,
                "ErroneousInterface: an interface or abstract class is a table model only with a discriminator and"
                        + " subtypes; add @DynamoTable(discriminator = ...) and make the type sealed or list its"
                        + " subtypes");
    }

    @DynamoTable(value = "app", discriminator = "kind")
    interface ErroneousNoSubtypes {}

    @Test
    void discriminatorWithoutSubtypes() {
        assertFails(
                ErroneousNoSubtypes.class,
                "ErroneousNoSubtypes: discriminator \"kind\" needs subtypes; make ErroneousNoSubtypes sealed or list"
                        + " them in @DynamoTable(subtypes = {...})");
    }

    @DynamoTable(value = "app", discriminator = "kind")
    sealed interface ErroneousUnnamedSubtype permits Unnamed {}

    record Unnamed(@PartitionKey String pk) implements ErroneousUnnamedSubtype {}

    @Test
    void subtypeWithoutDiscriminatorValue() {
        assertFails(
                ErroneousUnnamedSubtype.class,
                "Unnamed: a subtype needs its stored type name; annotate it with @DiscriminatorValue(\"UNNAMED\")");
    }

    @DynamoTable(value = "app", discriminator = "kind")
    sealed interface ErroneousSameValue permits First, Second {}

    @DiscriminatorValue("X")
    record First(@PartitionKey String pk) implements ErroneousSameValue {}

    @DiscriminatorValue("X")
    record Second(@PartitionKey String pk) implements ErroneousSameValue {}

    @Test
    void twoSubtypesWithOneDiscriminatorValue() {
        assertFails(
                ErroneousSameValue.class,
                "Second: @DiscriminatorValue(\"X\") is already used by First; each subtype needs its own");
    }

    @DynamoTable(value = "app", discriminator = "kind")
    sealed interface ErroneousClash permits Clashing {}

    @DiscriminatorValue("C")
    record Clashing(@PartitionKey String pk, String kind) implements ErroneousClash {}

    @Test
    void fieldStoredUnderTheDiscriminator() {
        assertFails(
                ErroneousClash.class,
                "Clashing.kind: attribute name \"kind\" is the table's discriminator;"
                        + " store the field under another name with @Attribute");
    }

    @DynamoTable(value = "app", discriminator = "kind")
    sealed interface ErroneousKeys permits KeyA, KeyB {}

    @DiscriminatorValue("A")
    record KeyA(@PartitionKey String pk) implements ErroneousKeys {}

    @DiscriminatorValue("B")
    record KeyB(@PartitionKey String id) implements ErroneousKeys {}

    @Test
    void subtypesWithDifferentKeys() {
        assertFails(
                ErroneousKeys.class,
                "ErroneousKeys: subtypes KeyA and KeyB have different key attributes; the subtypes of one table share"
                        + " the partition and sort key (same stored name and type)");
    }

    @DynamoTable(value = "app", discriminator = "kind")
    sealed interface ErroneousTtls permits TtlA, TtlB {}

    @DiscriminatorValue("A")
    record TtlA(@PartitionKey String pk, @Ttl long expires) implements ErroneousTtls {}

    @DiscriminatorValue("B")
    record TtlB(@PartitionKey String pk, @Ttl Instant expiresAt) implements ErroneousTtls {}

    @Test
    void subtypesWithDifferentTtlAttributes() {
        assertFails(
                ErroneousTtls.class,
                "TtlB.expiresAt: subtypes TtlA and TtlB have different @Ttl attributes; the subtypes of one table"
                        + " share the TTL attribute (same stored name and type)");
    }

    static final class EpochText implements AttributeConverter<Long> {
        @Override
        public AttributeType type() {
            return AttributeType.S;
        }

        @Override
        public AttributeValue write(Long value) {
            return AttributeValue.fromS(value.toString());
        }

        @Override
        public Long read(AttributeValue value) {
            return Long.valueOf(value.s());
        }
    }

    record BrokenNode(String label, List<BrokenNode> children, Thread worker) {}

    @DynamoTable("t")
    record ErroneousTree(@PartitionKey String id, BrokenNode root) {}

    @DynamoTable("t")
    record ErroneousForest(@PartitionKey String id, List<BrokenNode> trees) {}

    @Test
    void aRecursiveModelThatFailsLeavesNoHalfMadeConverterBehind() {
        assertThatThrownBy(() -> DYN.table(ErroneousTree.class)).isInstanceOf(ModelDefinitionException.class);
        // The list of nodes made while the node failed is not reused: the second model fails alike.
        assertThatThrownBy(() -> DYN.table(ErroneousForest.class))
                .isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("BrokenNode.worker: Thread is not a supported type");
    }

    @DynamoTable("t")
    record ErroneousConvertType(
            @PartitionKey String id,
            @Convert(EpochText.class) String text) {}

    @Test
    void aConverterOfAnotherType() {
        // Found when the table is made, not as a ClassCastException on the first save.
        assertFails(
                ErroneousConvertType.class,
                "ErroneousConvertType.text: @Convert(EpochText.class) converts Long, not String; use a converter of"
                        + " the field's type");
    }

    @DynamoTable(value = "app", discriminator = "kind")
    sealed interface ErroneousTtlTypes permits TtlNumber, TtlText {}

    @DiscriminatorValue("N")
    record TtlNumber(@PartitionKey String pk, @Ttl long expires) implements ErroneousTtlTypes {}

    @DiscriminatorValue("S")
    record TtlText(
            @PartitionKey String pk,
            @Ttl @Convert(EpochText.class) Long expires) implements ErroneousTtlTypes {}

    @Test
    void aTtlStoredAsTextIsRefused() {
        // DynamoDB's TTL reads numbers only: items with a text TTL would never expire.
        assertFails(
                ErroneousTtlTypes.class,
                "TtlText.expires: @Ttl needs its value stored as a number (N) of epoch seconds, which DynamoDB's TTL"
                        + " reads; this field's converter stores S");
    }

    @DynamoTable(value = "app", discriminator = "kind")
    sealed interface ErroneousVersions permits Versioned, Unversioned {}

    @DiscriminatorValue("V")
    record Versioned(@PartitionKey String pk, @Version Long version) implements ErroneousVersions {}

    @DiscriminatorValue("U")
    record Unversioned(@PartitionKey String pk) implements ErroneousVersions {}

    @Test
    void subtypesWithDifferentVersions() {
        // update(key) through the base names no subtype: one version rule must hold for all.
        assertFails(
                ErroneousVersions.class,
                "ErroneousVersions: subtypes Versioned and Unversioned have different @Version attributes; the"
                        + " subtypes of one table share them (same stored names and types), since a write through the"
                        + " base applies one set to every item");
    }

    @DynamoTable(value = "app", discriminator = "kind")
    sealed interface ErroneousStamps permits StampedA, StampedB {}

    @DiscriminatorValue("A")
    record StampedA(@PartitionKey String pk, @UpdatedAt Instant changed) implements ErroneousStamps {}

    @DiscriminatorValue("B")
    record StampedB(@PartitionKey String pk, @UpdatedAt Instant modified) implements ErroneousStamps {}

    @Test
    void subtypesWithDifferentTimestamps() {
        assertFails(
                ErroneousStamps.class,
                "ErroneousStamps: subtypes StampedA and StampedB have different @UpdatedAt attributes; the subtypes"
                        + " of one table share them (same stored names and types), since a write through the base"
                        + " applies one set to every item");
    }

    @DynamoTable(value = "app", discriminator = "kind")
    sealed interface ErroneousGsiTypes permits GsiText, GsiNumber {}

    @DiscriminatorValue("C")
    record GsiText(
            @PartitionKey String pk, @GsiPartitionKey("g") String gk) implements ErroneousGsiTypes {}

    @DiscriminatorValue("D")
    record GsiNumber(
            @PartitionKey String pk, @GsiPartitionKey("g") int gk) implements ErroneousGsiTypes {}

    @Test
    void subtypesWithDifferentIndexKeyTypes() {
        assertFails(
                ErroneousGsiTypes.class,
                "GsiNumber.gk: subtypes GsiText and GsiNumber store key attribute \"gk\" of index \"g\" as S and N;"
                        + " the subtypes of one table share each index key (same stored name and type)");
    }

    @DynamoTable(value = "app", discriminator = "kind")
    sealed interface ErroneousGsiSortTypes permits GsiSortText, GsiSortNumber {}

    @DiscriminatorValue("C")
    record GsiSortText(
            @PartitionKey String pk,
            @GsiPartitionKey("g") String gk,
            @GsiSortKey("g") String gs) implements ErroneousGsiSortTypes {}

    @DiscriminatorValue("D")
    record GsiSortNumber(
            @PartitionKey String pk,
            @GsiPartitionKey("g") String gk,
            @GsiSortKey("g") long gs) implements ErroneousGsiSortTypes {}

    @Test
    void subtypesWithDifferentIndexSortKeyTypes() {
        assertFails(
                ErroneousGsiSortTypes.class,
                "GsiSortNumber.gs: subtypes GsiSortText and GsiSortNumber store key attribute \"gs\" of index \"g\""
                        + " as S and N; the subtypes of one table share each index key (same stored name and type)");
    }

    @DynamoTable(value = "app", discriminator = "kind")
    sealed interface ErroneousLsiTypes permits LsiText, LsiNumber {}

    @DiscriminatorValue("C")
    record LsiText(
            @PartitionKey String pk,
            @SortKey String sk,
            @LsiSortKey("l") String ls) implements ErroneousLsiTypes {}

    @DiscriminatorValue("D")
    record LsiNumber(
            @PartitionKey String pk,
            @SortKey String sk,
            @LsiSortKey("l") long ls) implements ErroneousLsiTypes {}

    @Test
    void subtypesWithDifferentLocalIndexKeyTypes() {
        assertFails(
                ErroneousLsiTypes.class,
                "LsiNumber.ls: subtypes LsiText and LsiNumber store key attribute \"ls\" of index \"l\" as S and N;"
                        + " the subtypes of one table share each index key (same stored name and type)");
    }

    @DynamoTable(value = "app", discriminator = "kind")
    sealed interface ErroneousUnindexedType permits Indexed, Unindexed {}

    @DiscriminatorValue("C")
    record Indexed(
            @PartitionKey String pk, @GsiPartitionKey("g") String gk) implements ErroneousUnindexedType {}

    @DiscriminatorValue("D")
    record Unindexed(@PartitionKey String pk, int gk) implements ErroneousUnindexedType {}

    @Test
    void subtypeStoringAnIndexKeyAttributeWithAnotherType() {
        assertFails(
                ErroneousUnindexedType.class,
                "Unindexed.gk: subtypes Indexed and Unindexed store key attribute \"gk\" of index \"g\" as S and N;"
                        + " the subtypes of one table share each index key (same stored name and type)");
    }

    @DynamoTable(value = "app", discriminator = "kind")
    sealed interface ErroneousIndexAttributes permits IndexedX, IndexedY {}

    @DiscriminatorValue("X")
    record IndexedX(
            @PartitionKey String pk, @GsiPartitionKey("g") String x) implements ErroneousIndexAttributes {}

    @DiscriminatorValue("Y")
    record IndexedY(
            @PartitionKey String pk, @GsiPartitionKey("g") String y) implements ErroneousIndexAttributes {}

    @Test
    void subtypesWithDifferentIndexKeyAttributes() {
        assertFails(
                ErroneousIndexAttributes.class,
                "IndexedY.y: a second @GsiPartitionKey(\"g\") (the first is IndexedX.x); an index has one partition"
                        + " key");
    }

    @DynamoTable(value = "app", discriminator = "kind", subtypes = String.class)
    public abstract static class ErroneousForeignSubtype {}

    @Test
    void subtypeThatDoesNotExtendTheBase() {
        assertFails(
                ErroneousForeignSubtype.class,
                "ErroneousForeignSubtype: subtype String does not extend ErroneousForeignSubtype");
    }

    // ------------------------------------------------------------------ valid models

    @DynamoTable(value = "app", discriminator = "kind")
    sealed interface Entity permits Customer, Order {}

    @DiscriminatorValue("CUSTOMER")
    record Customer(@PartitionKey String pk, @SortKey String sk, String name) implements Entity {}

    @DiscriminatorValue("ORDER")
    record Order(@PartitionKey String pk, @SortKey String sk, long total) implements Entity {}

    @Test
    void validModelsAreCachedPerClass() {
        Table<Entity> app = DYN.table(Entity.class);
        assertThat(DYN.table(Entity.class)).isSameAs(app);
        assertThat(app.tableName()).isEqualTo("app");
        assertThat(DYN.table(Order.class).tableName()).isEqualTo("app");
    }

    @DynamoTable("t")
    record ErroneousSeveral(
            @PartitionKey String a,
            @Version String v,
            @Ttl String expires,
            @Attribute("a") String b) {}

    @Test
    void everyBrokenRuleIsListed() {
        assertFails(ErroneousSeveral.class, """
                ErroneousSeveral.v: @Version needs a Long, long, Integer or int field, not String
                ErroneousSeveral.expires: @Ttl needs an Instant, long or Long field (epoch seconds), not String
                ErroneousSeveral.b: attribute name "a" is already used by ErroneousSeveral.a; store one of them \
                under another name with @Attribute""");
    }

    @DynamoTable(value = "t", discriminator = "kind")
    sealed interface ErroneousBrokenSubtypes permits BrokenOne, BrokenTwo {}

    @DiscriminatorValue("one")
    record BrokenOne(@PartitionKey String id, @Version String v) implements ErroneousBrokenSubtypes {}

    @DiscriminatorValue("two")
    record BrokenTwo(
            @PartitionKey String id, @Attribute("kind") String k) implements ErroneousBrokenSubtypes {}

    @Test
    void everySubtypesBrokenRulesAreListed() {
        assertFails(ErroneousBrokenSubtypes.class, """
                BrokenOne.v: @Version needs a Long, long, Integer or int field, not String
                BrokenTwo.k: attribute name "kind" is the table's discriminator; store the field under another \
                name with @Attribute""");
    }
}
