package io.dynantic.internal.schema;

import io.dynantic.ModelDefinitionException;
import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeConverterFactory;
import io.dynantic.convert.ConverterLookup;
import io.dynantic.convert.InstantFormat;
import io.dynantic.internal.convert.ConverterRegistry;
import io.dynantic.internal.convert.InstantConverter;
import io.dynantic.internal.convert.Types;
import io.dynantic.internal.convert.UnsupportedTypeException;
import io.dynantic.internal.schema.PropertyModel.Role;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns models into checked {@link TableModel}s: reads each class through its {@link ModelSchema} (generated, or by
 * reflection), resolves every property's converter, checks the result with {@link DefinitionRules}, and assembles
 * polymorphic tables ({@link Subtypes}) and indexes ({@link Indexes}). Thread-safe.
 */
public final class ModelInspector {
    private final ConverterRegistry registry;
    /** For fields with {@code @Format}: the same converters, but instants in that format. */
    private final Map<InstantFormat, ConverterRegistry> byInstantFormat = new EnumMap<>(InstantFormat.class);

    /**
     * @param converters the builder's converters by exact class
     * @param factories the builder's converter factories, in order
     * @param instantFormat how {@code Instant} fields without {@code @Format} are stored
     */
    public ModelInspector(
            Map<Class<?>, AttributeConverter<?>> converters,
            List<AttributeConverterFactory> factories,
            InstantFormat instantFormat) {
        List<AttributeConverterFactory> all = new ArrayList<>(factories);
        all.add(new NestedModels());
        this.registry = new ConverterRegistry(converters, all, instantFormat);
        Map<Class<?>, AttributeConverter<?>> others = new HashMap<>(converters);
        others.remove(Instant.class);
        for (InstantFormat format : InstantFormat.values()) {
            byInstantFormat.put(format, new ConverterRegistry(others, all, format));
        }
    }

    public ConverterRegistry registry() {
        return registry;
    }

    /** Reads and checks a table model. */
    public <T> TableModel<T> table(Class<T> type) {
        ModelSchema<T> schema = ModelSchema.of(type);
        TableDescription table = schema.table();
        if (table == null) {
            return subtypeView(schema);
        }
        String discriminator = table.discriminator();
        Map<Class<?>, ModelSchema<?>> subtypes = new LinkedHashMap<>();
        for (Class<?> sub : table.subtypes()) {
            subtypes.put(sub, ModelSchema.of(sub));
        }
        List<DefinitionRules.TableProblem<Class<?>>> problems = DefinitionRules.checkTable(
                new ClassTable(subtypes), type, table.name(), discriminator, new ArrayList<>(subtypes.keySet()));
        ModelRules.throwIfAny(problems);
        List<EntityModel<? extends T>> entities = new ArrayList<>();
        List<DefinitionRules.Problem<FieldDescription>> broken = new ArrayList<>(0);
        if (discriminator == null) {
            entities.add(entity(schema, null, broken));
        } else {
            for (ModelSchema<?> sub : subtypes.values()) {
                entities.add(entity(sub.as(type), discriminator, broken));
            }
        }
        ModelRules.throwIfAny(broken);
        if (discriminator != null) {
            Subtypes.checkSharedKeys(type, entities);
            Subtypes.checkSharedWriteRoles(type, entities);
        }
        List<IndexModel> indexes = Indexes.indexes(entities);
        PropertyModel ttl = discriminator == null ? entities.get(0).ttl() : Subtypes.ttl(entities);
        return new TableModel<>(type, table.name(), discriminator, entities, indexes, ttl, Set.of());
    }

    /** The classes of a table, as {@link DefinitionRules#checkTable} reads them. */
    private record ClassTable(Map<Class<?>, ModelSchema<?>> subtypes)
            implements DefinitionRules.DeclaredTable<Class<?>> {
        @Override
        public String simpleName(Class<?> type) {
            return type.getSimpleName();
        }

        @Override
        public boolean isAbstract(Class<?> type) {
            return type.isInterface() || Modifier.isAbstract(type.getModifiers());
        }

        @Override
        public boolean isSubtype(Class<?> type, Class<?> base) {
            return base.isAssignableFrom(type);
        }

        @Override
        public @Nullable String discriminatorValue(Class<?> type) {
            return Objects.requireNonNull(subtypes.get(type)).discriminatorValue();
        }
    }

    /** A table model for one subtype of a polymorphic base: reads and writes only that subtype. */
    private <T> TableModel<T> subtypeView(ModelSchema<T> schema) {
        Class<?> base = schema.polymorphicBase();
        if (base == null) {
            throw ModelRules.fail(schema.type(), DefinitionMessages.notATable());
        }
        TableModel<?> whole = table(base);
        List<DefinitionRules.Problem<FieldDescription>> broken = new ArrayList<>(0);
        EntityModel<T> entity = entity(schema, whole.discriminator(), broken);
        ModelRules.throwIfAny(broken);
        Objects.requireNonNull(entity);
        Set<String> siblings = new HashSet<>();
        for (EntityModel<?> e : whole.entities()) {
            siblings.add(e.discriminatorValue());
        }
        siblings.remove(entity.discriminatorValue());
        return new TableModel<>(
                schema.type(),
                whole.tableName(),
                whole.discriminator(),
                List.of(entity),
                whole.indexes(),
                whole.ttl(),
                siblings);
    }

    /**
     * An item type; or null, with its broken rules added to {@code broken} (so that a polymorphic table reports all
     * its subtypes'). Its discriminator value was checked with its table.
     */
    private <T> @Nullable EntityModel<T> entity(
            ModelSchema<T> schema,
            @Nullable String discriminator,
            List<DefinitionRules.Problem<FieldDescription>> broken) {
        ObjectModel<T> object = objectModel(schema);
        List<DefinitionRules.Problem<FieldDescription>> problems =
                DefinitionRules.checkItem(SchemaDeclaration.of(object), discriminator);
        if (!problems.isEmpty()) {
            broken.addAll(problems);
            return null;
        }
        return EntityModel.of(object, discriminator == null ? null : schema.discriminatorValue());
    }

    /** The registry's last converter factory: nested records and beans (a class, not a lambda: see the README). */
    private final class NestedModels implements AttributeConverterFactory {
        @Override
        public @Nullable AttributeConverter<?> create(Type type, ConverterLookup lookup) {
            return nestedConverter(type);
        }
    }

    /** A converter for a nested record or bean; null for other types. */
    private @Nullable AttributeConverter<?> nestedConverter(Type type) {
        Class<?> raw = Types.raw(type);
        if (!isModelClass(raw)) {
            return null;
        }
        ObjectModel<?> nested = objectModel(ModelSchema.of(raw));
        ModelRules.throwIfAny(DefinitionRules.checkNested(SchemaDeclaration.of(nested)));
        return new ObjectConverter<>(nested);
    }

    private static boolean isModelClass(Class<?> raw) {
        if (raw.isRecord()) {
            return true;
        }
        String name = raw.getName();
        if (raw.isPrimitive()
                || raw.isArray()
                || raw.isInterface()
                || raw.isEnum()
                || Modifier.isAbstract(raw.getModifiers())
                || name.startsWith("java.")
                || name.startsWith("javax.")
                || name.startsWith("jdk.")
                || name.startsWith("sun.")
                || name.startsWith("software.amazon.")) {
            return false;
        }
        try {
            return Modifier.isPublic(raw.getConstructor().getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * Reads the properties of a record or bean: its mapped fields with their converters. The caller checks the
     * result with {@link DefinitionRules} (as an item type or a nested model).
     */
    <T> ObjectModel<T> objectModel(ModelSchema<T> schema) {
        List<FieldDescription> fields = schema.fields();
        List<PropertyModel> properties = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).has(FieldAnnotation.IGNORE)) {
                properties.add(property(schema, i, properties.size()));
            }
        }
        return new ObjectModel<>(schema, properties);
    }

    private PropertyModel property(ModelSchema<?> schema, int field, int index) {
        Class<?> owner = schema.type();
        FieldDescription f = schema.fields().get(field);
        // An empty @Attribute is a broken rule that DefinitionRules reports.
        String attributeName = f.attributeName() == null || f.attributeName().isEmpty() ? f.name() : f.attributeName();
        List<Role> roles = new ArrayList<>();
        for (Map.Entry<FieldAnnotation, Role> role : ModelRules.ROLES) {
            if (f.has(role.getKey())) {
                roles.add(role.getValue());
            }
        }
        AttributeConverter<Object> converter = converter(owner, f, roles.contains(Role.TTL));
        boolean required = Types.raw(f.type()).isPrimitive() || f.notNull();
        return new PropertyModel(f.name(), attributeName, f.type(), converter, schema, field, required, roles, index);
    }

    @SuppressWarnings("unchecked")
    private AttributeConverter<Object> converter(Class<?> owner, FieldDescription f, boolean ttl) {
        Type type = f.type();
        Class<?> convert = f.convert();
        if (convert != null) {
            Class<?> converts = convertedClass(convert);
            Class<?> fieldClass = Types.boxed(Types.raw(type));
            if (converts != null && !converts.isAssignableFrom(fieldClass)) {
                throw ModelRules.fail(
                        owner,
                        f.name(),
                        "@Convert(" + convert.getSimpleName() + ".class) converts " + converts.getSimpleName()
                                + ", not " + Types.describe(type) + "; use a converter of the field's type");
            }
            try {
                Constructor<?> c = convert.getDeclaredConstructor();
                c.setAccessible(true);
                return (AttributeConverter<Object>) c.newInstance();
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw ModelRules.fail(
                        owner,
                        f.name(),
                        "@Convert(" + convert.getSimpleName()
                                + ".class) needs a no-argument constructor that succeeds (" + e + ")");
            }
        }
        ConverterRegistry source = registry;
        InstantFormat format = f.format();
        if (format != null) {
            source = Objects.requireNonNull(byInstantFormat.get(format));
        }
        if (ttl && type == Instant.class) {
            return (AttributeConverter<Object>)
                    (AttributeConverter<?>) InstantConverter.of(InstantFormat.EPOCH_SECONDS);
        }
        try {
            return (AttributeConverter<Object>) source.find(type);
        } catch (UnsupportedTypeException e) {
            throw ModelRules.fail(owner, f.name(), String.valueOf(e.getMessage()));
        } catch (ModelDefinitionException e) {
            throw new ModelDefinitionException(e.getMessage() + "\n  for " + owner.getSimpleName() + "." + f.name(), e);
        }
    }

    /** The class a converter class declares it converts ({@code AttributeConverter<Money>}), or null if not known. */
    private static @Nullable Class<?> convertedClass(Class<?> converter) {
        for (Class<?> c = converter; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type t : c.getGenericInterfaces()) {
                if (t instanceof ParameterizedType p && p.getRawType() == AttributeConverter.class) {
                    Type argument = p.getActualTypeArguments()[0];
                    return argument instanceof Class<?> || argument instanceof ParameterizedType
                            ? Types.raw(argument)
                            : null;
                }
            }
        }
        return null;
    }
}
