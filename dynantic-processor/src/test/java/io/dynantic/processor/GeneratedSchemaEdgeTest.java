package io.dynantic.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.dynantic.ModelDefinitionException;
import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import io.dynantic.convert.InstantFormat;
import io.dynantic.internal.schema.ModelInspector;
import io.dynantic.internal.schema.ModelSchema;
import io.dynantic.internal.schema.TableModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Models whose generated schema once failed to compile, or behaved unlike reflection. */
class GeneratedSchemaEdgeTest {

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new MetamodelProcessor()).compile(sources);
    }

    private static JavaFileObject source(String className, String body) {
        String pkg = className.substring(0, className.lastIndexOf('.'));
        return JavaFileObjects.forSourceString(
                className, "package " + pkg + ";\nimport io.dynantic.annotation.*;\nimport java.util.*;\n" + body);
    }

    private static <T> TableModel<T> table(Class<T> type, Map<Class<?>, AttributeConverter<?>> converters) {
        return new ModelInspector(converters, List.of(), InstantFormat.ISO_FIXED).table(type);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, AttributeValue> write(TableModel<?> model, Object item) {
        TableModel<Object> m = (TableModel<Object>) model;
        return m.write(m.entityOf(item), item, new ArrayList<>(0));
    }

    /** Stores a one-string record ({@code UserId(String value)}) as its string. */
    private record ValueConverter(Class<?> valueType) implements AttributeConverter<Object> {
        @Override
        public AttributeValue write(Object value) {
            try {
                return AttributeValue.fromS((String)
                        valueType.getRecordComponents()[0].getAccessor().invoke(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Object read(AttributeValue value) {
            try {
                return valueType.getDeclaredConstructor(String.class).newInstance(value.s());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public AttributeType type() {
            return AttributeType.S;
        }
    }

    @Test
    void aKeyOfAValueObjectIsLeftToTheConvertersOfTheRuntime() throws Exception {
        Compilation c =
                compile(source("shop.Account", """
                        @DynamoTable("accounts") public record Account(@PartitionKey UserId id, String name) {}
                        """), source("shop.UserId", "public record UserId(String value) {}"));
        assertThat(c).succeeded();
        ClassLoader loader = Compiled.loader(c);
        Class<?> account = loader.loadClass("shop.Account");
        Class<?> userId = loader.loadClass("shop.UserId");
        Assertions.assertThat(ModelSchema.of(account).getClass().getName()).isEqualTo("shop.Account_Schema");
        Object id = userId.getDeclaredConstructor(String.class).newInstance("u-1");
        Object item = account.getDeclaredConstructor(userId, String.class).newInstance(id, "Ada");

        TableModel<?> model = table(account, Map.of(userId, new ValueConverter(userId)));

        Assertions.assertThat(write(model, item))
                .isEqualTo(Map.of("id", AttributeValue.fromS("u-1"), "name", AttributeValue.fromS("Ada")));
        assertThatThrownBy(() -> table(account, Map.of()))
                .isInstanceOf(ModelDefinitionException.class)
                .hasMessage("Account.id: @PartitionKey needs a string, number or binary type (stored as S, N or B),"
                        + " not UserId");
    }

    @Test
    void namesOfJavaLangTypesInTheModelsPackageDoNotBreakTheGeneratedCode() {
        Compilation c = compile(
                source("shop.Override", """
                        @DynamoTable("overrides") public record Override(@PartitionKey String id, int price) {}
                        """),
                source("shop.Deal", """
                        @DynamoTable(value = "deals", discriminator = "kind")
                        public abstract sealed class Deal {
                            @PartitionKey private String id;
                            public String getId() { return id; }
                            public void setId(String id) { this.id = id; }
                            @DiscriminatorValue("flat") public static final class Flat extends Deal {}
                        }
                        """),
                source("shop.SuppressWarnings", "public class SuppressWarnings {}"),
                source("shop.IndexOutOfBoundsException", "public class IndexOutOfBoundsException {}"),
                source("shop.UnsupportedOperationException", "public class UnsupportedOperationException {}"));
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("shop.Override_Schema");
        assertThat(c).generatedSourceFile("shop.Deal_Schema");
        // Nor needs the generated code a module beyond the model's own requires (javax.annotation.processing is in
        // java.compiler, which a model's module does not read).
        for (JavaFileObject file : c.generatedSourceFiles()) {
            assertThat(c)
                    .generatedSourceFile(file.getName()
                            .substring(
                                    "/SOURCE_OUTPUT/".length(), file.getName().length() - ".java".length())
                            .replace('/', '.'))
                    .contentsAsUtf8String()
                    .doesNotContain("javax.");
        }
    }

    @Test
    void accessorsThatDeclareExceptionsFailAsUnderReflection() throws Exception {
        Compilation c = compile(source("shop.Link", """
                @DynamoTable("links")
                public class Link {
                    @PartitionKey private String url;
                    public Link() throws java.io.IOException {}
                    public String getUrl() throws java.io.IOException {
                        if (url == null) throw new java.io.IOException("no url");
                        return url;
                    }
                    public void setUrl(String url) throws java.net.MalformedURLException { this.url = url; }
                }
                """));
        assertThat(c).succeeded();
        Class<?> link = Compiled.loader(c).loadClass("shop.Link");
        @SuppressWarnings("unchecked")
        ModelSchema<Object> generated = (ModelSchema<Object>) ModelSchema.of(link);
        @SuppressWarnings("unchecked")
        ModelSchema<Object> reflective = (ModelSchema<Object>) ModelSchema.reflective(link);
        Assertions.assertThat(generated.getClass().getName()).isEqualTo("shop.Link_Schema");
        Object empty = link.getDeclaredConstructor().newInstance();

        for (ModelSchema<Object> schema : List.of(generated, reflective)) {
            assertThatThrownBy(() -> schema.get(empty, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasRootCauseInstanceOf(IOException.class)
                    .hasRootCauseMessage("no url");
            Object created = schema.create(new Object[] {"https://example.com"});
            Assertions.assertThat(schema.get(created, 0)).isEqualTo("https://example.com");
        }
    }

    @Test
    void aDollarInTheClassNameFindsItsSchema() throws Exception {
        Compilation c = compile(source("shop.My$Model", """
                        @DynamoTable("models") public record My$Model(@PartitionKey String id) {}
                        """), source("shop.Outer", """
                        public class Outer {
                            @DynamoTable("inner") public record In$ner(@PartitionKey String id) {}
                        }
                        """));
        assertThat(c).succeeded();
        ClassLoader loader = Compiled.loader(c);
        Assertions.assertThat(ModelSchema.of(loader.loadClass("shop.My$Model"))
                        .getClass()
                        .getName())
                .isEqualTo("shop.My$Model_Schema");
        Assertions.assertThat(ModelSchema.of(loader.loadClass("shop.Outer$In$ner"))
                        .getClass()
                        .getName())
                .isEqualTo("shop.Outer_In$ner_Schema");
    }

    @Test
    void aSchemaWhoseFieldChangedTypeIsIgnored() throws Exception {
        // The schema of Note(id, stars: int), beside a Note recompiled alone with stars a long (as an IDE may do).
        Compilation before = compile(source("shop.Note", """
                @DynamoTable("notes") public record Note(@PartitionKey String id, int stars) {}
                """));
        Compilation after = javac().compile(source("shop.Note", """
                @DynamoTable("notes") public record Note(@PartitionKey String id, long stars) {}
                """));
        assertThat(after).succeeded();
        Map<String, byte[]> classes = Compiled.classes(before);
        classes.putAll(Compiled.classes(after));
        Class<?> note = Compiled.loader(classes).loadClass("shop.Note");

        Assertions.assertThat(ModelSchema.of(note).getClass().getSimpleName()).isEqualTo("ReflectiveSchema");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aModelFromALibraryGetsItsClassesOnceOnTheClassPath(boolean libraryUsedTheProcessor, @TempDir Path library)
            throws IOException {
        // A library whose table reaches Money: with the processor, its own build wrote Money_ and Money_Schema.
        var compiler = libraryUsedTheProcessor ? javac().withProcessors(new MetamodelProcessor()) : javac();
        Compilation lib = compiler.compile(
                source("lib.Money", "public record Money(String currency, long cents) {}"), source("lib.Wallet", """
                        @DynamoTable("wallets") public record Wallet(@PartitionKey String id, Money balance) {}
                        """));
        assertThat(lib).succeeded();
        for (Map.Entry<String, byte[]> e : Compiled.classes(lib).entrySet()) {
            Path file = library.resolve(e.getKey().replace('.', '/') + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
        List<File> classpath = new ArrayList<>(List.of(library.toFile()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }

        Compilation app = javac().withProcessors(new MetamodelProcessor())
                .withClasspath(classpath)
                .compile(source("shop.Order", """
                        @DynamoTable("orders") public record Order(@PartitionKey String id, lib.Money total) {}
                        """));

        assertThat(app).succeeded();
        assertThat(app).generatedSourceFile("shop.Order_Schema");
        List<String> money = app.generatedSourceFiles().stream()
                .map(JavaFileObject::getName)
                .filter(name -> name.contains("Money"))
                .toList();
        if (libraryUsedTheProcessor) {
            Assertions.assertThat(money).isEmpty();
        } else {
            Assertions.assertThat(money)
                    .containsExactlyInAnyOrder(
                            "/SOURCE_OUTPUT/lib/Money_.java", "/SOURCE_OUTPUT/lib/Money_Schema.java");
        }
    }

    @Test
    void anInnerClassIsNotANestedModel() {
        // As at run time, where an inner class has no no-argument constructor (its constructors take the outer
        // instance): no metamodel or schema of its own; dyn.table reports its field's type as unsupported.
        Compilation c = compile(source("shop.Shop", """
                @DynamoTable("shops")
                public class Shop {
                    @PartitionKey private String id;
                    private Clerk clerk;
                    public String getId() { return id; }
                    public void setId(String id) { this.id = id; }
                    public Clerk getClerk() { return clerk; }
                    public void setClerk(Clerk clerk) { this.clerk = clerk; }
                    public class Clerk {
                        private String name;
                        public Clerk() {}
                        public String getName() { return name; }
                        public void setName(String name) { this.name = name; }
                    }
                }
                """));
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("shop.Shop_");
        Assertions.assertThat(c.generatedSourceFiles())
                .extracting(JavaFileObject::getName)
                .noneMatch(name -> name.contains("Clerk"));
    }

    @Test
    void clashingGeneratedNamesAreReportedAtTheModel() {
        Compilation c = compile(source("shop.Outer", """
                        public class Outer {
                            @DynamoTable("inner") public record Inner(@PartitionKey String id) {}
                        }
                        """), source("shop.Outer_Inner", """
                        @DynamoTable("flat") public record Outer_Inner(@PartitionKey String key) {}
                        """));
        assertThat(c).failed();
        String one = "shop.Outer.Inner";
        String other = "shop.Outer_Inner";
        Assertions.assertThat(c.errors().stream().map(d -> d.getMessage(null)).toList())
                .isNotEmpty()
                .allMatch(message -> List.of(
                                "the generated class shop.Outer_Inner_ would be that of " + one + " and of " + other
                                        + "; rename one of them",
                                "the generated class shop.Outer_Inner_ would be that of " + other + " and of " + one
                                        + "; rename one of them",
                                "the generated class shop.Outer_Inner_Schema would be that of " + one + " and of "
                                        + other + "; rename one of them",
                                "the generated class shop.Outer_Inner_Schema would be that of " + other + " and of "
                                        + one + "; rename one of them")
                        .contains(message));
    }
}
