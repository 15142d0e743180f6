package io.dynantic.internal.schema;

import io.dynantic.ModelDefinitionException;
import io.dynantic.annotation.Ignore;
import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeConverterFactory;
import io.dynantic.convert.ConverterLookup;
import io.dynantic.convert.InstantFormat;
import io.dynantic.internal.convert.ConverterRegistry;
import io.dynantic.internal.convert.InstantConverter;
import io.dynantic.internal.convert.Types;
import io.dynantic.internal.convert.UnsupportedTypeException;
import io.dynantic.internal.schema.PropertyModel.Role;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads model classes by reflection into {@link TableModel}s: the table and its entities (subtypes through
 * {@link Subtypes}), each class's properties with their accessors and converters, and its indexes (through
 * {@link Indexes}); every definition rule is {@link ModelRules}'. Thread-safe.
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
        all.add(this::nestedConverter);
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
        if (table.name().isBlank()) {
            throw ModelRules.fail(type, DefinitionMessages.blankTableName());
        }
        String discriminator = table.discriminator();
        List<Class<?>> subtypes = table.subtypes();
        if (discriminator == null) {
            if (!subtypes.isEmpty()) {
                throw ModelRules.fail(type, DefinitionMessages.subtypesWithoutDiscriminator(table.name()));
            }
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                throw ModelRules.fail(type, DefinitionMessages.abstractWithoutDiscriminator());
            }
            EntityModel<T> entity = entity(schema, null, null);
            return new TableModel<>(
                    type, table.name(), null, List.of(entity), Indexes.indexes(type, List.of(entity)), Set.of());
        }
        if (subtypes.isEmpty()) {
            throw ModelRules.fail(
                    type, DefinitionMessages.discriminatorWithoutSubtypes(discriminator, type.getSimpleName()));
        }
        List<EntityModel<? extends T>> entities = new ArrayList<>();
        Map<String, Class<?>> values = new HashMap<>();
        for (Class<?> sub : subtypes) {
            if (!type.isAssignableFrom(sub)) {
                throw ModelRules.fail(type, DefinitionMessages.notASubtype(sub.getSimpleName(), type.getSimpleName()));
            }
            entities.add(entity(ModelSchema.of(sub.asSubclass(type)), discriminator, values));
        }
        Subtypes.checkSharedKeys(type, entities);
        return new TableModel<>(type, table.name(), discriminator, entities, Indexes.indexes(type, entities), Set.of());
    }

    /** A table model for one subtype of a polymorphic base: reads and writes only that subtype. */
    private <T> TableModel<T> subtypeView(ModelSchema<T> schema) {
        Class<?> base = schema.polymorphicBase();
        if (base == null) {
            throw ModelRules.fail(schema.type(), DefinitionMessages.notATable());
        }
        TableModel<?> whole = table(base);
        EntityModel<T> entity = entity(schema, whole.discriminator(), new HashMap<>());
        Set<String> siblings = new HashSet<>();
        whole.entities().forEach(e -> siblings.add(e.discriminatorValue()));
        siblings.remove(entity.discriminatorValue());
        return new TableModel<>(
                schema.type(), whole.tableName(), whole.discriminator(), List.of(entity), whole.indexes(), siblings);
    }

    private <T> EntityModel<T> entity(
            ModelSchema<T> schema, @Nullable String discriminator, @Nullable Map<String, Class<?>> values) {
        Class<T> type = schema.type();
        String value = null;
        if (discriminator != null) {
            value = schema.discriminatorValue();
            if (value == null || value.isEmpty()) {
                throw ModelRules.fail(type, DefinitionMessages.missingDiscriminatorValue(type.getSimpleName()));
            }
            Class<?> clash = values.put(value, type);
            if (clash != null) {
                throw ModelRules.fail(
                        type, DefinitionMessages.duplicateDiscriminatorValue(value, clash.getSimpleName()));
            }
        }
        ObjectModel<T> object = objectModel(schema, true);
        PropertyModel clash = discriminator == null ? null : object.byAttribute(discriminator);
        if (clash != null) {
            throw ModelRules.fail(type, clash.name(), DefinitionMessages.discriminatorClash(discriminator));
        }
        EntityModel<T> entity = EntityModel.of(object, value);
        if (entity.partitionKey() == null) {
            throw ModelRules.fail(type, DefinitionMessages.noPartitionKey());
        }
        return entity;
    }

    /** Converter factory for nested records and beans; answers null for other types. */
    private AttributeConverter<?> nestedConverter(Type type, ConverterLookup lookup) {
        Class<?> raw = Types.raw(type);
        if (!isModelClass(raw)) {
            return null;
        }
        return new ObjectConverter<>(objectModel(ModelSchema.of(raw), false));
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

    /** Reads the properties of a record or bean. Table roles are allowed only at the top level. */
    <T> ObjectModel<T> objectModel(ModelSchema<T> schema, boolean topLevel) {
        Class<T> type = schema.type();
        List<FieldDescription> fields = schema.fields();
        List<PropertyModel> properties = new ArrayList<>();
        Map<String, String> attributeOwners = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldDescription f = fields.get(i);
            if (f.has(Ignore.class)) {
                for (Class<? extends Annotation> a : ModelRules.MAPPING) {
                    if (f.has(a)) {
                        throw ModelRules.fail(
                                type, f.name(), DefinitionMessages.ignoreCombined("@" + a.getSimpleName()));
                    }
                }
                continue;
            }
            if (!topLevel) {
                for (Class<? extends Annotation> a : ModelRules.TABLE_ROLES) {
                    if (f.has(a)) {
                        throw ModelRules.fail(
                                type, f.name(), DefinitionMessages.roleInNestedModel("@" + a.getSimpleName()));
                    }
                }
            }
            PropertyModel p = property(schema, i, properties.size());
            String previous = attributeOwners.putIfAbsent(p.attributeName(), f.name());
            if (previous != null) {
                throw ModelRules.fail(
                        type,
                        f.name(),
                        DefinitionMessages.duplicateAttributeName(
                                p.attributeName(), type.getSimpleName() + "." + previous));
            }
            properties.add(p);
        }
        if (topLevel) {
            ModelRules.checkRoles(type, properties);
        }
        return new ObjectModel<>(schema, properties);
    }

    private PropertyModel property(ModelSchema<?> schema, int field, int index) {
        Class<?> owner = schema.type();
        FieldDescription f = schema.fields().get(field);
        String attributeName = f.name();
        if (f.attributeName() != null) {
            if (f.attributeName().isEmpty()) {
                throw ModelRules.fail(owner, f.name(), DefinitionMessages.emptyAttributeName());
            }
            attributeName = f.attributeName();
        }
        List<Role> roles = new ArrayList<>();
        for (Map.Entry<Class<? extends Annotation>, Role> role : ModelRules.ROLES) {
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
            if (ttl) {
                throw ModelRules.fail(owner, f.name(), DefinitionMessages.formatWithTtl());
            }
            if (!Types.mentions(type, Instant.class)) {
                throw ModelRules.fail(owner, f.name(), DefinitionMessages.formatType(Types.describe(type)));
            }
            source = byInstantFormat.get(format);
        }
        if (ttl && type == Instant.class) {
            return (AttributeConverter<Object>)
                    (AttributeConverter<?>) InstantConverter.of(InstantFormat.EPOCH_SECONDS);
        }
        try {
            return (AttributeConverter<Object>) source.find(type);
        } catch (UnsupportedTypeException e) {
            throw ModelRules.fail(owner, f.name(), e.getMessage());
        } catch (ModelDefinitionException e) {
            throw new ModelDefinitionException(e.getMessage() + "\n  for " + owner.getSimpleName() + "." + f.name(), e);
        }
    }
}
