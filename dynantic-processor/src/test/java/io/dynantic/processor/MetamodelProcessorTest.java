package io.dynantic.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.dynantic.internal.schema.DefinitionMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetamodelProcessorTest {

    private static Compilation compile(String className, String source) {
        return javac().withProcessors(new MetamodelProcessor())
                .compile(JavaFileObjects.forSourceString(className, source));
    }

    private static final String IMPORTS = """
            package shop;
            import io.dynantic.annotation.*;
            import java.math.BigDecimal;
            import java.time.Instant;
            import java.util.*;
            """;

    @Test
    void generatesTypedHandlesForEveryField() {
        Compilation c = compile("shop.Order", IMPORTS + """
                @DynamoTable("orders")
                public record Order(
                    @PartitionKey String id,
                    @SortKey long line,
                    BigDecimal total,
                    int quantity,
                    boolean paid,
                    Instant placedAt,
                    Set<String> tags,
                    List<Integer> history,
                    Map<String, Double> metrics,
                    Address shipTo,
                    Optional<String> note,
                    byte[] blob,
                    @Attribute("login_count") int logins,
                    @Ttl long expires) {}
                record Address(String city, List<String> lines) {}
                """);
        assertThat(c).succeeded();
        String prefix = "public static final io.dynantic.expression.";
        var order = assertThat(c).generatedSourceFile("shop.Order_").contentsAsUtf8String();
        order.contains(prefix + "StringAttribute<shop.Order> id = io.dynantic.expression.Attribute.string(\"id\");");
        order.contains(
                prefix
                        + "NumberAttribute<shop.Order, java.lang.Long> line = io.dynantic.expression.Attribute.number(\"line\");");
        order.contains(prefix + "NumberAttribute<shop.Order, java.math.BigDecimal> total =");
        order.contains(prefix + "NumberAttribute<shop.Order, java.lang.Integer> quantity =");
        order.contains(prefix
                + "Attribute<shop.Order, java.lang.Boolean> paid = io.dynantic.expression.Attribute.of(\"paid\");");
        order.contains(prefix + "ComparableAttribute<shop.Order, java.time.Instant> placedAt =");
        order.contains(prefix
                + "SetAttribute<shop.Order, java.lang.String> tags = io.dynantic.expression.Attribute.set(\"tags\");");
        order.contains(prefix + "ListAttribute<shop.Order, java.lang.Integer> history =");
        order.contains(prefix + "MapAttribute<shop.Order, java.lang.Double> metrics =");
        order.contains(
                prefix
                        + "ModelAttribute<shop.Order, shop.Address> shipTo = io.dynantic.expression.Attribute.model(\"shipTo\");");
        order.contains(prefix + "StringAttribute<shop.Order> note =");
        order.contains(prefix + "ComparableAttribute<shop.Order, byte[]> blob =");
        order.contains(
                prefix
                        + "NumberAttribute<shop.Order, java.lang.Integer> logins = io.dynantic.expression.Attribute.number(\"login_count\");");
        assertThat(c)
                .generatedSourceFile("shop.Address_")
                .contentsAsUtf8String()
                .contains(prefix + "ListAttribute<shop.Address, java.lang.String> lines =");
    }

    @Test
    void generatedHandlesTypeCheckNestedPaths() {
        Compilation c = compile("shop.User", IMPORTS + """
                @DynamoTable("users")
                public record User(@PartitionKey String id, Address address, int logins) {
                    static io.dynantic.expression.Condition<User> inLondon() {
                        io.dynantic.expression.StringAttribute<User> city = User_.address.then(Address_.city);
                        return city.eq("London").and(User_.logins.gt(3));
                    }
                }
                record Address(String city) {}
                """);
        assertThat(c).succeeded();
    }

    @Test
    void wrongValueTypesDoNotCompile() {
        Compilation c = compile("shop.User", IMPORTS + """
                @DynamoTable("users")
                public record User(@PartitionKey String id, int logins) {
                    static Object wrong() { return User_.logins.eq("x"); }
                }
                """);
        assertThat(c).failed();
    }

    /** A model and a method that runs {@code steps} on an update builder of its table. */
    private static Compilation compileUpdate(String steps) {
        return compile("shop.User", IMPORTS + """
                @DynamoTable("users")
                public record User(
                    @PartitionKey String id, String name, int logins, Set<String> tags, List<String> history,
                    Address address) {
                    static void update(io.dynantic.Table<User> users) {
                        users.update("u1")%s.execute();
                    }
                }
                record Address(String city, String zip) {}
                """.formatted(steps));
    }

    @Test
    void updateOperatorsCompileOnTheirTypes() {
        assertThat(compileUpdate("""
                        .set(User_.name, "x").set(User_.address.then(Address_.city), "y")
                        .remove(User_.address.then(Address_.zip)).setIfNotExists(User_.logins, 0)
                        .add(User_.tags, Set.of("a")).delete(User_.tags, Set.of("b"))
                        .append(User_.history, List.of("c")).prepend(User_.history, List.of("d"))
                        .set(User_.history.index(0), "e").increment(User_.logins, 2).decrement(User_.logins, 1)
                        .condition(User_.logins.gt(0))""")).succeeded();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ".add(User_.name, \"x\")",
                ".add(User_.tags, Set.of(1))",
                ".delete(User_.logins, 1)",
                ".delete(User_.history, List.of(\"x\"))",
                ".append(User_.tags, List.of(\"x\"))",
                ".prepend(User_.name, List.of(\"x\"))",
                ".increment(User_.history, 1)",
                ".decrement(User_.name, 1)",
                ".set(User_.logins, \"x\")",
                ".set(User_.address.then(Address_.city), 3)",
                ".setIfNotExists(User_.tags, List.of(\"x\"))"
            })
    void updateOperatorsOnTheWrongTypesDoNotCompile(String step) {
        // javac says "no suitable method" where the operator is overloaded (add), else "cannot be applied".
        assertThat(compileUpdate(step))
                .hadErrorContainingMatch(
                        "no suitable method found for \\w+|method \\w+ in class io.dynantic.UpdateSteps<T,B> cannot be applied to given types");
    }

    @Test
    void polymorphicBasesGenerateTheirSubtypes() {
        Compilation c = compile("shop.Entity", IMPORTS + """
                @DynamoTable(value = "app", discriminator = "type")
                public sealed interface Entity permits Customer, Purchase {}
                @DiscriminatorValue("CUSTOMER")
                record Customer(@PartitionKey String pk, @SortKey String sk, String name) implements Entity {}
                @DiscriminatorValue("PURCHASE")
                record Purchase(@PartitionKey String pk, @SortKey String sk, BigDecimal total) implements Entity {}
                """);
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("shop.Customer_");
        assertThat(c).generatedSourceFile("shop.Purchase_");
    }

    @Test
    void nestedTypesGetQualifiedMetamodelNames() {
        Compilation c = compile("shop.Outer", IMPORTS + """
                public class Outer {
                    @DynamoTable("inner")
                    public record Inner(@PartitionKey String id) {}
                }
                """);
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("shop.Outer_Inner_");
    }

    // ------------------------------------------------------------------ errors, as at run time

    private static void assertError(String source, String expected) {
        Compilation c = compile("shop.Bad", IMPORTS + source);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining(expected);
    }

    @Test
    void twoPartitionKeys() {
        assertError("""
                @DynamoTable("t") record Bad(@PartitionKey String a, @PartitionKey String b) {}
                """, "Bad.b: " + DefinitionMessages.secondRole("@PartitionKey", "a"));
    }

    @Test
    void noPartitionKey() {
        assertError("""
                @DynamoTable("t") record Bad(String a) {}
                """, "Bad: " + DefinitionMessages.noPartitionKey());
    }

    @Test
    void ttlOnAString() {
        assertError("""
                @DynamoTable("t") record Bad(@PartitionKey String a, @Ttl String expires) {}
                """, "Bad.expires: " + DefinitionMessages.ttlType("String"));
    }

    @Test
    void keyOfASetType() {
        assertError("""
                @DynamoTable("t") record Bad(@PartitionKey Set<String> tags) {}
                """, "Bad.tags: " + DefinitionMessages.keyType("@PartitionKey", "Set<String>"));
    }

    @Test
    void gsiSortKeyWithoutPartitionKey() {
        assertError("""
                @DynamoTable("t") record Bad(@PartitionKey String a, @GsiSortKey("by-x") String x) {}
                """, "Bad.x: " + DefinitionMessages.indexSortWithoutPartition("by-x"));
    }

    @Test
    void lsiWithoutTableSortKey() {
        assertError("""
                @DynamoTable("t") record Bad(@PartitionKey String a, @LsiSortKey("l") String x) {}
                """, "Bad.x: " + DefinitionMessages.localIndexWithoutSortKey("l"));
    }

    @Test
    void versionOnAString() {
        assertError("""
                @DynamoTable("t") record Bad(@PartitionKey String a, @Version String v) {}
                """, "Bad.v: " + DefinitionMessages.versionType("String"));
    }

    @Test
    void autoUuidOffTheKey() {
        assertError("""
                @DynamoTable("t") record Bad(@PartitionKey String a, @AutoUuid String b) {}
                """, "Bad.b: " + DefinitionMessages.autoUuidPlacement());
    }

    @Test
    void duplicateAttributeNames() {
        assertError("""
                @DynamoTable("t") record Bad(@PartitionKey String a, @Attribute("a") String b) {}
                """, "Bad.b: " + DefinitionMessages.duplicateAttributeName("a", "Bad.a"));
    }

    @Test
    void ignoredRecordComponentsGetNoHandle() {
        Compilation c = compile("shop.Cart", IMPORTS + """
                @DynamoTable("carts")
                public record Cart(@PartitionKey String id, @Ignore Object scratch, String owner) {}
                """);
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("shop.Cart_").contentsAsUtf8String().doesNotContain("scratch");
        assertThat(c).generatedSourceFile("shop.Cart_").contentsAsUtf8String().contains("owner");
    }

    @Test
    void formatOnAFieldWithoutInstants() {
        assertError("""
                @DynamoTable("t") record Bad(@PartitionKey String a,
                        @Format(io.dynantic.convert.InstantFormat.ISO) List<String> b) {}
                """, "Bad.b: " + DefinitionMessages.formatType("List<String>"));
    }

    @Test
    void formatOnATtlInstant() {
        assertError("""
                @DynamoTable("t") record Bad(@PartitionKey String a,
                        @Ttl @Format(io.dynantic.convert.InstantFormat.ISO) Instant b) {}
                """, "Bad.b: " + DefinitionMessages.formatWithTtl());
    }

    @Test
    void subtypeWithoutDiscriminatorValue() {
        assertError("""
                @DynamoTable(value = "t", discriminator = "kind") sealed interface Bad permits Sub {}
                record Sub(@PartitionKey String a) implements Bad {}
                """, "Sub: " + DefinitionMessages.missingDiscriminatorValue("Sub"));
    }

    @Test
    void tableRoleInANestedModel() {
        assertError("""
                @DynamoTable("t") record Bad(@PartitionKey String a, Inner inner) {}
                record Inner(@SortKey String b) {}
                """, "Inner.b: " + DefinitionMessages.roleInNestedModel("@SortKey"));
    }
}
