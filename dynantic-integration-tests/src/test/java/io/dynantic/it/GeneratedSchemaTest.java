package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.internal.schema.ModelSchema;
import io.dynantic.it.model.AppEntity;
import io.dynantic.it.model.Everything;
import io.dynantic.it.model.Stock;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schemas the annotation processor generated for this suite's models describe each model exactly as reflection
 * reads it, and {@code ModelSchema.of} picks them unless {@code -Ddynantic.schemas=reflection} (the suite's second
 * run) turns them off. That both runs pass the same behaviour tests shows that the generated accessors and
 * constructors read and build items alike.
 */
class GeneratedSchemaTest {

    @Test
    void everyGeneratedSchemaDescribesItsModelAsReflectionDoes() throws Exception {
        List<Class<?>> schemas = generatedSchemas();
        // Every model of the suite has one: none fell back to reflection unnoticed.
        assertThat(schemas)
                .extracting(Class::getSimpleName)
                .containsExactly(
                        "Account_Schema",
                        "Address_Schema",
                        "AppEntity_Customer_Schema",
                        "AppEntity_Order_Schema",
                        "AppEntity_Schema",
                        "Counter_Schema",
                        "Draft_Schema",
                        "Event_Schema",
                        "Everything_Schema",
                        "Invoice_Schema",
                        "Lease_Grant_Schema",
                        "Lease_Holder_Schema",
                        "Lease_Schema",
                        "LegacyEvent_Schema",
                        "Money_Schema",
                        "Note_Schema",
                        "Price_Schema",
                        "Product_Schema",
                        "Profile_Schema",
                        "Reading_Schema",
                        "Revision_Schema",
                        "Roster_Schema",
                        "Session_Schema",
                        "Shelf_Schema",
                        "Stamped_Schema",
                        "Stock_Dimensions_Schema",
                        "Stock_Node_Schema",
                        "Stock_Schema",
                        "Thing_Schema",
                        "Ticket_Schema",
                        "User_Schema");
        for (Class<?> schemaClass : schemas) {
            ModelSchema<?> generated =
                    (ModelSchema<?>) schemaClass.getConstructor().newInstance();
            ModelSchema<?> reflected = ModelSchema.reflective(generated.type());
            assertThat(generated.table()).as(schemaClass.getSimpleName()).isEqualTo(reflected.table());
            assertThat(generated.discriminatorValue())
                    .as(schemaClass.getSimpleName())
                    .isEqualTo(reflected.discriminatorValue());
            assertThat(generated.polymorphicBase())
                    .as(schemaClass.getSimpleName())
                    .isEqualTo(reflected.polymorphicBase());
            if (!generated.type().isInterface()
                    && !java.lang.reflect.Modifier.isAbstract(generated.type().getModifiers())) {
                assertThat(generated.isRecord()).isEqualTo(reflected.isRecord());
                assertThat(generated.fields()).as(schemaClass.getSimpleName()).isEqualTo(reflected.fields());
            }
        }
    }

    @Test
    void fieldValuesAndInstancesAreTheSameThroughBothSchemas() {
        ModelSchema<Stock> generated = generatedOf(Stock.class);
        ModelSchema<Stock> reflected = ModelSchema.reflective(Stock.class);
        Stock stock = new Stock("sku-1", "north", "Bolt", new java.math.BigDecimal("1.25"), 7, null, null, 3L);
        Object[] values = new Object[generated.fields().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = generated.get(stock, i);
            assertThat(values[i]).isEqualTo(reflected.get(stock, i));
        }
        assertThat(generated.create(values)).isEqualTo(stock).isEqualTo(reflected.create(values));
    }

    @Test
    void modelsUseTheirGeneratedSchemaUnlessReflectionIsChosen() {
        String mode = System.getProperty(ModelSchema.MODE_PROPERTY, "generated");
        for (Class<?> model : List.of(Stock.class, Everything.class, AppEntity.class, AppEntity.Customer.class)) {
            ModelSchema<?> schema = ModelSchema.of(model);
            if (mode.equals("reflection")) {
                assertThat(ModelSchema.usesGenerated()).isFalse();
                assertThat(schema.getClass().getSimpleName()).isEqualTo("ReflectiveSchema");
            } else {
                assertThat(ModelSchema.usesGenerated()).isTrue();
                assertThat(schema.getClass().getName())
                        .isEqualTo(model.getName().replace('$', '_') + "_Schema");
            }
        }
    }

    @Test
    void aModelCompiledWithoutTheProcessorIsReadByReflection() {
        // A record the processor does not see as a model (no @DynamoTable, not a field of one) has no generated
        // schema: the lookup falls back instead of failing.
        record Plain(String id) {}
        assertThat(ModelSchema.of(Plain.class).getClass().getSimpleName()).isEqualTo("ReflectiveSchema");
    }

    @SuppressWarnings("unchecked")
    private static <T> ModelSchema<T> generatedOf(Class<T> model) {
        try {
            return (ModelSchema<T>) Class.forName(model.getName().replace('$', '_') + "_Schema")
                    .getConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no generated schema for " + model, e);
        }
    }

    private static List<Class<?>> generatedSchemas() throws IOException, URISyntaxException {
        Path classes = Path.of(
                Stock.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path models = classes.resolve("io/dynantic/it/model");
        try (Stream<Path> files = Files.list(models)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith("_Schema.class"))
                    .sorted()
                    .<Class<?>>map(name ->
                            load("io.dynantic.it.model." + name.substring(0, name.length() - ".class".length())))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
