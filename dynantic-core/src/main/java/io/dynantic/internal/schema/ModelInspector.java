package io.dynantic.internal.schema;

import io.dynantic.ModelDefinitionException;
import io.dynantic.annotation.Attribute;
import io.dynantic.annotation.Convert;
import io.dynantic.annotation.DiscriminatorValue;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.Format;
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
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        DynamoTable table = type.getAnnotation(DynamoTable.class);
        if (table == null) {
            return subtypeView(type);
        }
        if (table.value().isBlank()) {
            throw ModelRules.fail(type, DefinitionMessages.blankTableName());
        }
        String discriminator = table.discriminator().isEmpty() ? null : table.discriminator();
        List<Class<?>> subtypes = Subtypes.subtypes(type, table);
        if (discriminator == null) {
            if (!subtypes.isEmpty()) {
                throw ModelRules.fail(type, DefinitionMessages.subtypesWithoutDiscriminator(table.value()));
            }
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                throw ModelRules.fail(type, DefinitionMessages.abstractWithoutDiscriminator());
            }
            EntityModel<T> entity = entity(type, null, null);
            return new TableModel<>(
                    type, table.value(), null, List.of(entity), Indexes.indexes(type, List.of(entity)), Set.of());
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
            entities.add(entity(sub.asSubclass(type), discriminator, values));
        }
        Subtypes.checkSharedKeys(type, entities);
        return new TableModel<>(
                type, table.value(), discriminator, entities, Indexes.indexes(type, entities), Set.of());
    }

    /** A table model for one subtype of a polymorphic base: reads and writes only that subtype. */
    private <T> TableModel<T> subtypeView(Class<T> type) {
        for (Class<?> base : Subtypes.supertypes(type)) {
            DynamoTable table = base.getAnnotation(DynamoTable.class);
            if (table != null
                    && !table.discriminator().isEmpty()
                    && Subtypes.subtypes(base, table).contains(type)) {
                TableModel<?> whole = table(base);
                EntityModel<T> entity = entity(type, table.discriminator(), new HashMap<>());
                Set<String> siblings = new java.util.HashSet<>();
                whole.entities().forEach(e -> siblings.add(e.discriminatorValue()));
                siblings.remove(entity.discriminatorValue());
                return new TableModel<>(
                        type, table.value(), table.discriminator(), List.of(entity), whole.indexes(), siblings);
            }
        }
        throw ModelRules.fail(type, DefinitionMessages.notATable());
    }

    private <T> EntityModel<T> entity(Class<T> type, String discriminator, Map<String, Class<?>> values) {
        String value = null;
        if (discriminator != null) {
            DiscriminatorValue dv = type.getAnnotation(DiscriminatorValue.class);
            if (dv == null || dv.value().isEmpty()) {
                throw ModelRules.fail(type, DefinitionMessages.missingDiscriminatorValue(type.getSimpleName()));
            }
            value = dv.value();
            Class<?> clash = values.put(value, type);
            if (clash != null) {
                throw ModelRules.fail(
                        type, DefinitionMessages.duplicateDiscriminatorValue(value, clash.getSimpleName()));
            }
        }
        ObjectModel<T> object = objectModel(type, true);
        if (discriminator != null && object.byAttribute(discriminator) != null) {
            throw ModelRules.fail(
                    type,
                    object.byAttribute(discriminator).name(),
                    DefinitionMessages.discriminatorClash(discriminator));
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
        return new ObjectConverter<>(objectModel(raw, false));
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
    <T> ObjectModel<T> objectModel(Class<T> type, boolean topLevel) {
        List<Field> fields = new ArrayList<>();
        ObjectModel.Instantiator instantiator;
        Constructor<T> canonical = null;
        List<Method> getters = new ArrayList<>();
        try {
            if (type.isRecord()) {
                RecordComponent[] components = type.getRecordComponents();
                Class<?>[] parameterTypes = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    parameterTypes[i] = components[i].getType();
                    fields.add(ModelRules.field(type, components[i].getName()));
                }
                canonical = type.getDeclaredConstructor(parameterTypes);
                canonical.setAccessible(true);
                instantiator = null;
                for (RecordComponent c : components) {
                    Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    getters.add(accessor);
                }
            } else {
                instantiator = null;
                for (Class<?> c : hierarchy(type)) {
                    for (Field f : c.getDeclaredFields()) {
                        int m = f.getModifiers();
                        if (!Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()) {
                            fields.add(f);
                        }
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw ModelRules.fail(type, "cannot access the record's constructor and accessors (" + e + ")");
        }

        List<PropertyModel> properties = new ArrayList<>();
        List<Method> setters = new ArrayList<>();
        // For a record: which property fills each constructor argument, -1 for an ignored component.
        int[] componentSlots = new int[fields.size()];
        Map<String, String> attributeOwners = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.isAnnotationPresent(Ignore.class)) {
                for (Class<? extends Annotation> a : ModelRules.MAPPING) {
                    if (f.isAnnotationPresent(a)) {
                        throw ModelRules.fail(
                                type, f.getName(), DefinitionMessages.ignoreCombined("@" + a.getSimpleName()));
                    }
                }
                if (type.isRecord()) {
                    componentSlots[i] = -1;
                }
                continue;
            }
            if (!topLevel) {
                for (Class<? extends Annotation> a : ModelRules.TABLE_ROLES) {
                    if (f.isAnnotationPresent(a)) {
                        throw ModelRules.fail(
                                type, f.getName(), DefinitionMessages.roleInNestedModel("@" + a.getSimpleName()));
                    }
                }
            }
            Method getter;
            if (type.isRecord()) {
                getter = getters.get(i);
            } else {
                Method[] accessors = beanAccessors(type, f);
                getter = accessors[0];
                setters.add(accessors[1]);
            }
            componentSlots[i] = properties.size();
            PropertyModel p = property(type, f, getter, properties.size());
            String previous = attributeOwners.putIfAbsent(p.attributeName(), f.getName());
            if (previous != null) {
                throw ModelRules.fail(
                        type,
                        f.getName(),
                        DefinitionMessages.duplicateAttributeName(
                                p.attributeName(), type.getSimpleName() + "." + previous));
            }
            properties.add(p);
        }
        if (type.isRecord()) {
            instantiator = ObjectModel.forRecord(canonical, componentSlots);
        } else {
            try {
                Constructor<T> noArg = type.getDeclaredConstructor();
                if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
                    throw new NoSuchMethodException();
                }
                noArg.setAccessible(true);
                instantiator = ObjectModel.forBean(noArg, setters.toArray(new Method[0]));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw ModelRules.fail(type, "a model must be a record or a class with a no-argument constructor");
            }
        }
        if (topLevel) {
            ModelRules.checkRoles(type, properties);
        }
        return new ObjectModel<>(type, properties, instantiator);
    }

    private static List<Class<?>> hierarchy(Class<?> type) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            out.add(0, c);
        }
        return out;
    }

    private static Method[] beanAccessors(Class<?> type, Field f) {
        String suffix =
                Character.toUpperCase(f.getName().charAt(0)) + f.getName().substring(1);
        Method getter = method(type, "get" + suffix);
        if (getter == null && (f.getType() == boolean.class || f.getType() == Boolean.class)) {
            getter = method(type, "is" + suffix);
        }
        Method setter = method(type, "set" + suffix, f.getType());
        if (getter == null || setter == null) {
            throw ModelRules.fail(
                    type,
                    f.getName(),
                    "a bean property needs a public getter and setter; add "
                            + (getter == null ? "get" + suffix + "()" : "")
                            + (getter == null && setter == null ? " and " : "")
                            + (setter == null
                                    ? "set" + suffix + "(" + f.getType().getSimpleName() + ")"
                                    : "")
                            + ", or @Ignore the field");
        }
        return new Method[] {getter, setter};
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            Method m = type.getMethod(name, parameters);
            if (Modifier.isStatic(m.getModifiers())) {
                return null;
            }
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }

    private PropertyModel property(Class<?> owner, Field f, Method getter, int index) {
        String attributeName = f.getName();
        Attribute rename = f.getAnnotation(Attribute.class);
        if (rename != null) {
            if (rename.value().isEmpty()) {
                throw ModelRules.fail(owner, f.getName(), DefinitionMessages.emptyAttributeName());
            }
            attributeName = rename.value();
        }
        List<Role> roles = new ArrayList<>();
        for (Map.Entry<Class<? extends Annotation>, Role> role : ModelRules.ROLES) {
            if (f.isAnnotationPresent(role.getKey())) {
                roles.add(role.getValue());
            }
        }
        Type type = f.getGenericType();
        AttributeConverter<Object> converter = converter(owner, f, type, roles.contains(Role.TTL));
        boolean required = f.getType().isPrimitive() || hasNotNull(f);
        return new PropertyModel(
                f.getName(), attributeName, type, converter, ObjectModel.getter(getter), required, roles, index);
    }

    private static boolean hasNotNull(Field f) {
        for (Annotation a : f.getAnnotations()) {
            if (a.annotationType().getName().equals("jakarta.validation.constraints.NotNull")) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private AttributeConverter<Object> converter(Class<?> owner, Field f, Type type, boolean ttl) {
        Convert convert = f.getAnnotation(Convert.class);
        if (convert != null) {
            try {
                Constructor<?> c = convert.value().getDeclaredConstructor();
                c.setAccessible(true);
                return (AttributeConverter<Object>) c.newInstance();
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw ModelRules.fail(
                        owner,
                        f.getName(),
                        "@Convert(" + convert.value().getSimpleName()
                                + ".class) needs a no-argument constructor that succeeds (" + e + ")");
            }
        }
        ConverterRegistry source = registry;
        Format format = f.getAnnotation(Format.class);
        if (format != null) {
            if (ttl) {
                throw ModelRules.fail(owner, f.getName(), DefinitionMessages.formatWithTtl());
            }
            if (!Types.mentions(type, Instant.class)) {
                throw ModelRules.fail(owner, f.getName(), DefinitionMessages.formatType(Types.describe(type)));
            }
            source = byInstantFormat.get(format.value());
        }
        if (ttl && f.getType() == Instant.class) {
            return (AttributeConverter<Object>)
                    (AttributeConverter<?>) InstantConverter.of(InstantFormat.EPOCH_SECONDS);
        }
        try {
            return (AttributeConverter<Object>) source.find(type);
        } catch (UnsupportedTypeException e) {
            throw ModelRules.fail(owner, f.getName(), e.getMessage());
        } catch (ModelDefinitionException e) {
            throw new ModelDefinitionException(
                    e.getMessage() + "\n  for " + owner.getSimpleName() + "." + f.getName(), e);
        }
    }
}
