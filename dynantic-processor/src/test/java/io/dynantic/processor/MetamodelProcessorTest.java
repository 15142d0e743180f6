package io.dynantic.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.dynantic.internal.schema.ModelSchema;
import java.util.List;
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

    // ------------------------------------------------------------------ generated schemas

    private static final String EVERY_KIND = IMPORTS + """
            @DynamoTable("orders")
            public record Order(
                @PartitionKey String id,
                @SortKey long line,
                @GsiPartitionKey({"byOwner", "byOwnerDate"}) @Attribute("owner_id") String owner,
                @GsiSortKey("byOwnerDate") @Format(io.dynantic.convert.InstantFormat.EPOCH_MILLIS) Instant placed,
                @LsiSortKey("byTotal") BigDecimal total,
                Set<String> tags,
                Map<String, List<Integer>> history,
                Optional<Address> shipTo,
                byte[] blob,
                @Convert(Cents.class) Long cents,
                @Ttl long expires,
                @Version Integer version,
                @Ignore Object scratch,
                @Ignore int[][] grid,
                List<Line> lines) {}
            record Address(String city, List<String> lines) {}
            record Line(String sku, Map<String, Address> stops) {}
            class Cents implements io.dynantic.convert.AttributeConverter<Long> {
                public software.amazon.awssdk.services.dynamodb.model.AttributeValue write(Long v) {
                    return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(v.toString());
                }
                public Long read(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {
                    return Long.valueOf(v.n());
                }
                public io.dynantic.convert.AttributeType type() { return io.dynantic.convert.AttributeType.N; }
            }
            @DynamoTable(value = "pets", discriminator = "kind")
            sealed interface Pet permits Dog, Cat {}
            @DiscriminatorValue("dog") record Dog(@PartitionKey String id, String name) implements Pet {}
            @DiscriminatorValue("cat") record Cat(@PartitionKey String id, int lives) implements Pet {}
            @DynamoTable("accounts")
            class Account {
                @PartitionKey private String id;
                private boolean active;
                private Boolean verified;
                @Ignore private String cache;
                public String getId() { return id; }
                public void setId(String id) { this.id = id; }
                public boolean isActive() { return active; }
                public void setActive(boolean active) { this.active = active; }
                public Boolean getVerified() { return verified; }
                public void setVerified(Boolean verified) { this.verified = verified; }
            }
            """;

    @Test
    void generatedSchemasDescribeEachModelAsReflectionReadsIt() throws Exception {
        Compilation c = compile("shop.Order", EVERY_KIND);
        assertThat(c).succeeded();
        ClassLoader loader = Compiled.loader(c);
        for (String model : List.of("Order", "Address", "Line", "Pet", "Dog", "Cat", "Account")) {
            ModelSchema<?> generated = (ModelSchema<?>) loader.loadClass("shop." + model + "_Schema")
                    .getConstructor()
                    .newInstance();
            ModelSchema<?> reflected = ModelSchema.reflective(loader.loadClass("shop." + model));
            org.assertj.core.api.Assertions.assertThat(generated.type()).isSameAs(reflected.type());
            org.assertj.core.api.Assertions.assertThat(generated.table())
                    .as(model)
                    .isEqualTo(reflected.table());
            org.assertj.core.api.Assertions.assertThat(generated.discriminatorValue())
                    .as(model)
                    .isEqualTo(reflected.discriminatorValue());
            org.assertj.core.api.Assertions.assertThat(generated.polymorphicBase())
                    .as(model)
                    .isEqualTo(reflected.polymorphicBase());
            if (!model.equals("Pet")) {
                org.assertj.core.api.Assertions.assertThat(generated.isRecord()).isEqualTo(reflected.isRecord());
                org.assertj.core.api.Assertions.assertThat(generated.fields())
                        .as(model)
                        .isEqualTo(reflected.fields());
            }
        }
    }

    @Test
    void generatedAccessorsReadAndBuildInstances() throws Exception {
        Compilation c = compile("shop.Order", EVERY_KIND);
        ClassLoader loader = Compiled.loader(c);
        @SuppressWarnings("unchecked")
        ModelSchema<Object> account = (ModelSchema<Object>)
                loader.loadClass("shop.Account_Schema").getConstructor().newInstance();
        Object bean = account.create(new Object[] {"a-1", true, null, "not set: ignored"});
        org.assertj.core.api.Assertions.assertThat(account.get(bean, 0)).isEqualTo("a-1");
        org.assertj.core.api.Assertions.assertThat(account.get(bean, 1)).isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(account.get(bean, 2)).isNull();
        org.assertj.core.api.Assertions.assertThat(account.get(bean, 3)).isNull();
        org.assertj.core.api.Assertions.assertThat(
                        ModelSchema.reflective(account.type()).get(bean, 3))
                .isNull();

        @SuppressWarnings("unchecked")
        ModelSchema<Object> dog = (ModelSchema<Object>)
                loader.loadClass("shop.Dog_Schema").getConstructor().newInstance();
        Object rex = dog.create(new Object[] {"d-1", "Rex"});
        org.assertj.core.api.Assertions.assertThat(rex).hasToString("Dog[id=d-1, name=Rex]");
        org.assertj.core.api.Assertions.assertThat(dog.get(rex, 1)).isEqualTo("Rex");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dog.get(rex, 2))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void generatedSchemaIsPlainCode() {
        Compilation c = compile("shop.Order", EVERY_KIND);
        var dog = assertThat(c).generatedSourceFile("shop.Dog_Schema").contentsAsUtf8String();
        dog.contains("public final class Dog_Schema extends io.dynantic.internal.schema.ModelSchema<shop.Dog> {");
        dog.contains("            case 1: return $o.name();");
        dog.contains("        return new shop.Dog((java.lang.String) $v[0], (java.lang.String) $v[1]);");
        dog.contains("        return shop.Pet.class;");
        dog.contains("        return \"dog\";");
        var account = assertThat(c).generatedSourceFile("shop.Account_Schema").contentsAsUtf8String();
        account.contains("            case 1: return $o.isActive();");
        account.contains("            case 3: return null;");
        account.contains("            $o.setActive((boolean) $v[1]);");
        var order = assertThat(c).generatedSourceFile("shop.Order_Schema").contentsAsUtf8String();
        order.contains("new io.dynantic.internal.schema.FieldDescription(\"history\", "
                + "io.dynantic.internal.convert.Types.parameterized(java.util.Map.class, java.lang.String.class, "
                + "io.dynantic.internal.convert.Types.parameterized(java.util.List.class, java.lang.Integer.class)), "
                + "java.util.Set.of(), null, null, null, java.util.List.of(), java.util.List.of(), java.util.List.of(), "
                + "false)");
        order.contains("new io.dynantic.internal.schema.FieldDescription(\"owner\", java.lang.String.class, "
                + "java.util.Set.of(io.dynantic.internal.schema.FieldAnnotation.GSI_PARTITION_KEY, io.dynantic.internal.schema.FieldAnnotation.ATTRIBUTE), "
                + "\"owner_id\", null, null, java.util.List.of(\"byOwner\", \"byOwnerDate\"), java.util.List.of(), "
                + "java.util.List.of(), false)");
    }

    @Test
    void aSchemaLeftFromAnEarlierBuildIsIgnored() throws Exception {
        // The schema of Note(id, text), beside a Note recompiled alone with one more field (as an IDE may do).
        Compilation before = compile("shop.Note", IMPORTS + """
                @DynamoTable("notes") public record Note(@PartitionKey String id, String text) {}
                """);
        Compilation after = javac().compile(JavaFileObjects.forSourceString("shop.Note", IMPORTS + """
                @DynamoTable("notes") public record Note(@PartitionKey String id, String text, int stars) {}
                """));
        assertThat(after).succeeded();
        java.util.Map<String, byte[]> classes = Compiled.classes(before);
        classes.putAll(Compiled.classes(after));
        ClassLoader loader = Compiled.loader(classes);
        Class<?> note = loader.loadClass("shop.Note");
        org.assertj.core.api.Assertions.assertThat(
                        ModelSchema.of(note).getClass().getSimpleName())
                .isEqualTo("ReflectiveSchema");
        org.assertj.core.api.Assertions.assertThat(
                        ModelSchema.of(Compiled.loader(before).loadClass("shop.Note"))
                                .getClass()
                                .getName())
                .isEqualTo("shop.Note_Schema");
    }

    @Test
    void generatedCodePassesStrictLint() {
        // Each type in its own file, as users write them (javac's lint warns of auxiliary classes otherwise).
        Compilation c = javac().withProcessors(new MetamodelProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(
                        JavaFileObjects.forSourceString("shop.Order", IMPORTS + """
                                @DynamoTable("orders")
                                public record Order(
                                    @PartitionKey String id,
                                    Map<String, List<Line>> lines,
                                    Optional<Instant> shipped,
                                    byte[] blob,
                                    @Ignore Object scratch,
                                    @Ignore int[][] grid) {}
                                """),
                        JavaFileObjects.forSourceString("shop.Line", IMPORTS + """
                                public record Line(String sku, int quantity) {}
                                """),
                        JavaFileObjects.forSourceString("shop.Pet", IMPORTS + """
                                @DynamoTable(value = "pets", discriminator = "kind")
                                public sealed interface Pet {
                                    @DiscriminatorValue("dog") record Dog(@PartitionKey String id) implements Pet {}
                                }
                                """),
                        JavaFileObjects.forSourceString("shop.Account", IMPORTS + """
                                @DynamoTable("accounts")
                                public class Account {
                                    @PartitionKey private String id;
                                    @Deprecated private Boolean active;
                                    public String getId() { return id; }
                                    public void setId(String id) { this.id = id; }
                                    @Deprecated public Boolean getActive() { return active; }
                                    @Deprecated public void setActive(Boolean active) { this.active = active; }
                                }
                                """));
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("shop.Line_Schema");
        assertThat(c).generatedSourceFile("shop.Pet_Dog_Schema");
    }

    @Test
    void generatedNamesDoNotHideAPackage() {
        // The generated methods' parameters must not shadow a package named like them (here "o" and "v").
        Compilation c = javac().withProcessors(new MetamodelProcessor())
                .compile(JavaFileObjects.forSourceString("o.Thing", """
                                package o;
                                import io.dynantic.annotation.*;
                                @DynamoTable("things")
                                public class Thing {
                                    @PartitionKey private String key;
                                    private v.Id id;
                                    public String getKey() { return key; }
                                    public void setKey(String key) { this.key = key; }
                                    public v.Id getId() { return id; }
                                    public void setId(v.Id id) { this.id = id; }
                                }
                                """), JavaFileObjects.forSourceString("v.Id", """
                                package v;
                                public record Id(String value) {}
                                """));
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("o.Thing_Schema");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "List<? extends Number> values",
                "@Convert(Odd.Secret.class) String secret",
                "Odd.Inner inner",
            })
    void modelsSourceCannotDescribeAreLeftToReflection(String field) {
        Compilation c = compile("shop.Odd", IMPORTS + """
                @DynamoTable("odd")
                public record Odd(@PartitionKey String id, %s) {
                    private record Inner(String value) {}
                    private static class Secret implements io.dynantic.convert.AttributeConverter<String> {
                        public software.amazon.awssdk.services.dynamodb.model.AttributeValue write(String v) {
                            return null;
                        }
                        public String read(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {
                            return null;
                        }
                        public io.dynantic.convert.AttributeType type() { return io.dynantic.convert.AttributeType.S; }
                    }
                }
                """.formatted(field));
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("shop.Odd_");
        org.assertj.core.api.Assertions.assertThat(c.generatedSourceFiles())
                .extracting(f -> f.getName())
                .noneMatch(name -> name.endsWith("Odd_Schema.java"));
    }

    // ------------------------------------------------------------------ errors, as at run time

    /**
     * Compiles {@code source} and expects exactly these errors, each as {@code "message" at name}: the whole message,
     * and the name at the element it points to (a field, or the class for the model as a whole).
     */
    private static void assertErrors(String source, String... expected) {
        String text = IMPORTS + source;
        Compilation c = compile("shop.Bad", text);
        assertThat(c).failed();
        List<String> errors = c.errors().stream()
                .map(d -> d.getMessage(java.util.Locale.ROOT) + " @ " + nameAt(text, (int) d.getPosition()))
                .toList();
        org.assertj.core.api.Assertions.assertThat(errors).containsExactly(expected);
    }

    /** The identifier at {@code position}, skipping a leading {@code record}/{@code class}/... keyword. */
    private static String nameAt(String text, int position) {
        var m = java.util.regex.Pattern.compile(
                        "(?:(?:sealed|non-sealed|final|abstract|public)\\s+)*(?:record|class|interface)?\\s*(\\w+)")
                .matcher(text);
        return m.find(position) ? m.group(1) : "?";
    }

    @Test
    void twoPartitionKeys() {
        assertErrors("""
                @DynamoTable("t") record Bad(@PartitionKey String a, @PartitionKey String b) {}
                """, "Bad.b: a second @PartitionKey (the first is a); a table has only one @ b");
    }

    @Test
    void noPartitionKey() {
        assertErrors("""
                @DynamoTable("t") record Bad(String a) {}
                """, "Bad: no field is annotated with @PartitionKey; annotate exactly one @ Bad");
    }

    @Test
    void ttlOnAString() {
        assertErrors(
                """
                @DynamoTable("t") record Bad(@PartitionKey String a, @Ttl String expires) {}
                """, "Bad.expires: @Ttl needs an Instant, long or Long field (epoch seconds), not String @ expires");
    }

    @Test
    void keyTypesAreLeftToTheRuntime() {
        // A builder converter or factory may store any type as S, N or B: the runtime checks key types
        // (ModelDefinitionTest; GeneratedSchemaEdgeTest for a value-object key with and without its converter).
        assertThat(compile("shop.Tagged", IMPORTS + """
                        @DynamoTable("t") record Tagged(@PartitionKey Set<String> tags, @SortKey boolean flag) {}
                        """)).succeeded();
    }

    @Test
    void gsiSortKeyWithoutPartitionKey() {
        assertErrors(
                """
                @DynamoTable("t") record Bad(@PartitionKey String a, @GsiSortKey("by-x") String x) {}
                """,
                "Bad.x: @GsiSortKey(\"by-x\") names an index without a partition key; annotate a field with @GsiPartitionKey(\"by-x\") @ x");
    }

    @Test
    void lsiWithoutTableSortKey() {
        assertErrors("""
                @DynamoTable("t") record Bad(@PartitionKey String a, @LsiSortKey("l") String x) {}
                """, "Bad.x: @LsiSortKey(\"l\") needs a table sort key; annotate a field with @SortKey @ x");
    }

    @Test
    void versionOnAString() {
        assertErrors("""
                @DynamoTable("t") record Bad(@PartitionKey String a, @Version String v) {}
                """, "Bad.v: @Version needs a Long, long, Integer or int field, not String @ v");
    }

    @Test
    void autoUuidOffTheKey() {
        assertErrors("""
                @DynamoTable("t") record Bad(@PartitionKey String a, @AutoUuid String b) {}
                """, "Bad.b: @AutoUuid goes on the partition key or the sort key @ b");
    }

    @Test
    void duplicateAttributeNames() {
        assertErrors(
                """
                @DynamoTable("t") record Bad(@PartitionKey String a, @Attribute("a") String b) {}
                """,
                "Bad.b: attribute name \"a\" is already used by Bad.a; store one of them under another name with @Attribute @ b");
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
        assertErrors(
                """
                @DynamoTable("t") record Bad(@PartitionKey String a,
                        @Format(io.dynantic.convert.InstantFormat.ISO) List<String> b) {}
                """,
                "Bad.b: @Format applies to Instant fields (or optionals, collections and maps of them), not List<String>; remove @Format @ b");
    }

    @Test
    void formatOnATtlInstant() {
        assertErrors(
                """
                @DynamoTable("t") record Bad(@PartitionKey String a,
                        @Ttl @Format(io.dynantic.convert.InstantFormat.ISO) Instant b) {}
                """,
                "Bad.b: @Format cannot be combined with @Ttl, which is always stored as epoch seconds; remove @Format @ b");
    }

    @Test
    void subtypeWithoutDiscriminatorValue() {
        assertErrors(
                """
                @DynamoTable(value = "t", discriminator = "kind") sealed interface Bad permits Sub {}
                record Sub(@PartitionKey String a) implements Bad {}
                """, "Sub: a subtype needs its stored type name; annotate it with @DiscriminatorValue(\"SUB\") @ Sub");
    }

    @Test
    void tableRoleInANestedModel() {
        assertErrors(
                """
                @DynamoTable("t") record Bad(@PartitionKey String a, Inner inner) {}
                record Inner(@SortKey String b) {}
                """,
                "Inner.b: @SortKey has no effect in a nested model; keys, indexes, TTL, versions, generated keys and"
                        + " timestamps belong to the table model @ b");
    }

    @Test
    void everyBrokenRuleIsReportedAtItsField() {
        assertErrors(
                """
                @DynamoTable("t") record Bad(@PartitionKey String a, @Version String v, @Ttl String expires,
                        @Attribute("a") String b) {}
                """,
                "Bad.v: @Version needs a Long, long, Integer or int field, not String @ v",
                "Bad.expires: @Ttl needs an Instant, long or Long field (epoch seconds), not String @ expires",
                "Bad.b: attribute name \"a\" is already used by Bad.a; store one of them under another name with"
                        + " @Attribute @ b");
    }

    @Test
    void blankTableName() {
        assertErrors("""
                @DynamoTable(" ") record Bad(@PartitionKey String a) {}
                """, "Bad: @DynamoTable needs a table name, such as @DynamoTable(\"users\") @ Bad");
    }

    @Test
    void subtypesWithOneDiscriminatorValue() {
        assertErrors("""
                @DynamoTable(value = "t", discriminator = "kind") sealed interface Bad permits One, Two {}
                @DiscriminatorValue("x") record One(@PartitionKey String a) implements Bad {}
                @DiscriminatorValue("x") record Two(@PartitionKey String a) implements Bad {}
                """, "Two: @DiscriminatorValue(\"x\") is already used by One; each subtype needs its own @ Two");
    }

    @Test
    void indexRulesSpanTheSubtypesOfATable() {
        assertErrors(
                """
                @DynamoTable(value = "t", discriminator = "kind") sealed interface Bad permits One, Two {}
                @DiscriminatorValue("one") record One(@PartitionKey String a, @GsiPartitionKey("g") String x)
                        implements Bad {}
                @DiscriminatorValue("two") record Two(@PartitionKey String a, @GsiPartitionKey("g") String y)
                        implements Bad {}
                """,
                "Two.y: a second @GsiPartitionKey(\"g\") (the first is One.x); an index has one partition key @ y");
    }

    @Test
    void ttlRuleSpansTheSubtypesOfATable() {
        assertErrors(
                """
                @DynamoTable(value = "t", discriminator = "kind") sealed interface Bad permits One, Two, Three {}
                @DiscriminatorValue("one") record One(@PartitionKey String a, @Ttl long x) implements Bad {}
                @DiscriminatorValue("two") record Two(@PartitionKey String a, @Ttl Instant y) implements Bad {}
                @DiscriminatorValue("three") record Three(@PartitionKey String a, @Attribute("x") @Ttl Long z)
                        implements Bad {}
                """,
                "Two.y: subtypes One and Two have different @Ttl attributes; the subtypes of one table share the TTL"
                        + " attribute (same stored name and type) @ y");
    }

    @Test
    void localIndexWithoutNamesOrTableSortKey() {
        assertErrors("""
                @DynamoTable("t") record Bad(@PartitionKey String a, @LsiSortKey({}) String x) {}
                """, "Bad.x: @LsiSortKey needs a non-blank index name @ x");
    }

    @Test
    void privateNestedModelsAreCheckedToo() {
        String text = IMPORTS + """
                @DynamoTable("t") record Bad(@PartitionKey String a, Inner inner) {
                    private record Inner(@SortKey String b) {}
                }
                """;
        Compilation c = compile("shop.Bad", text);
        assertThat(c).failed();
        org.assertj.core.api.Assertions.assertThat(c.errors())
                .extracting(d -> d.getMessage(java.util.Locale.ROOT))
                .containsExactly(
                        "Inner.b: @SortKey has no effect in a nested model; keys, indexes, TTL, versions, generated"
                                + " keys and timestamps belong to the table model");
    }
}
