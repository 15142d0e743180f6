package io.dynantic.internal.schema;

import io.dynantic.ModelDefinitionException;
import io.dynantic.annotation.Attribute;
import io.dynantic.annotation.AutoUuid;
import io.dynantic.annotation.Convert;
import io.dynantic.annotation.CreatedAt;
import io.dynantic.annotation.DiscriminatorValue;
import io.dynantic.annotation.DynamoTable;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads model classes by reflection into {@link TableModel}s and checks every definition rule,
 * failing with a {@link ModelDefinitionException} that names the class, the field and the fix.
 * Thread-safe.
 */
public final class ModelInspector {
    private static final List<Class<? extends Annotation>> TABLE_ROLES = List.of(
            PartitionKey.class,
            SortKey.class,
            GsiPartitionKey.class,
            GsiSortKey.class,
            LsiSortKey.class,
            Ttl.class,
            Version.class,
            AutoUuid.class);
    private static final List<Class<? extends Annotation>> MAPPING = List.of(
            PartitionKey.class,
            SortKey.class,
            GsiPartitionKey.class,
            GsiSortKey.class,
            LsiSortKey.class,
            Ttl.class,
            Version.class,
            AutoUuid.class,
            Attribute.class,
            Convert.class,
            Format.class,
            CreatedAt.class,
            UpdatedAt.class);

    private static final List<Map.Entry<Class<? extends Annotation>, Role>> ROLES = List.of(
            Map.entry(PartitionKey.class, Role.PARTITION_KEY),
            Map.entry(SortKey.class, Role.SORT_KEY),
            Map.entry(Ttl.class, Role.TTL),
            Map.entry(Version.class, Role.VERSION),
            Map.entry(AutoUuid.class, Role.AUTO_UUID),
            Map.entry(CreatedAt.class, Role.CREATED_AT),
            Map.entry(UpdatedAt.class, Role.UPDATED_AT));

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
            throw fail(type, DefinitionMessages.blankTableName());
        }
        String discriminator = table.discriminator().isEmpty() ? null : table.discriminator();
        List<Class<?>> subtypes = subtypes(type, table);
        if (discriminator == null) {
            if (!subtypes.isEmpty()) {
                throw fail(type, DefinitionMessages.subtypesWithoutDiscriminator(table.value()));
            }
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                throw fail(type, DefinitionMessages.abstractWithoutDiscriminator());
            }
            EntityModel<T> entity = entity(type, null, null);
            return new TableModel<>(
                    type, table.value(), null, List.of(entity), indexes(type, List.of(entity)), Set.of());
        }
        if (subtypes.isEmpty()) {
            throw fail(type, DefinitionMessages.discriminatorWithoutSubtypes(discriminator, type.getSimpleName()));
        }
        List<EntityModel<? extends T>> entities = new ArrayList<>();
        Map<String, Class<?>> values = new HashMap<>();
        for (Class<?> sub : subtypes) {
            if (!type.isAssignableFrom(sub)) {
                throw fail(type, DefinitionMessages.notASubtype(sub.getSimpleName(), type.getSimpleName()));
            }
            entities.add(entity(sub.asSubclass(type), discriminator, values));
        }
        checkSharedKeys(type, entities);
        return new TableModel<>(type, table.value(), discriminator, entities, indexes(type, entities), Set.of());
    }

    /** A table model for one subtype of a polymorphic base: reads and writes only that subtype. */
    private <T> TableModel<T> subtypeView(Class<T> type) {
        for (Class<?> base : supertypes(type)) {
            DynamoTable table = base.getAnnotation(DynamoTable.class);
            if (table != null
                    && !table.discriminator().isEmpty()
                    && subtypes(base, table).contains(type)) {
                TableModel<?> whole = table(base);
                EntityModel<T> entity = entity(type, table.discriminator(), new HashMap<>());
                Set<String> siblings = new java.util.HashSet<>();
                whole.entities().forEach(e -> siblings.add(e.discriminatorValue()));
                siblings.remove(entity.discriminatorValue());
                return new TableModel<>(
                        type, table.value(), table.discriminator(), List.of(entity), whole.indexes(), siblings);
            }
        }
        throw fail(type, DefinitionMessages.notATable());
    }

    private static List<Class<?>> supertypes(Class<?> type) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c != type) {
                out.add(c);
            }
            for (Class<?> i : c.getInterfaces()) {
                out.add(i);
                out.addAll(supertypes(i));
            }
        }
        return out;
    }

    private <T> EntityModel<T> entity(Class<T> type, String discriminator, Map<String, Class<?>> values) {
        String value = null;
        if (discriminator != null) {
            DiscriminatorValue dv = type.getAnnotation(DiscriminatorValue.class);
            if (dv == null || dv.value().isEmpty()) {
                throw fail(type, DefinitionMessages.missingDiscriminatorValue(type.getSimpleName()));
            }
            value = dv.value();
            Class<?> clash = values.put(value, type);
            if (clash != null) {
                throw fail(type, DefinitionMessages.duplicateDiscriminatorValue(value, clash.getSimpleName()));
            }
        }
        ObjectModel<T> object = objectModel(type, true);
        if (discriminator != null && object.byAttribute(discriminator) != null) {
            throw fail(
                    type,
                    object.byAttribute(discriminator).name(),
                    DefinitionMessages.discriminatorClash(discriminator));
        }
        EntityModel<T> entity = EntityModel.of(object, value);
        if (entity.partitionKey() == null) {
            throw fail(type, DefinitionMessages.noPartitionKey());
        }
        return entity;
    }

    private static <T> void checkSharedKeys(Class<T> base, List<EntityModel<? extends T>> entities) {
        EntityModel<? extends T> first = entities.get(0);
        for (EntityModel<? extends T> e : entities) {
            if (!sameKey(first.partitionKey(), e.partitionKey()) || !sameKey(first.sortKey(), e.sortKey())) {
                throw fail(
                        base,
                        DefinitionMessages.differentSubtypeKeys(
                                first.object().type().getSimpleName(),
                                e.object().type().getSimpleName()));
            }
        }
    }

    private static boolean sameKey(PropertyModel a, PropertyModel b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.attributeName().equals(b.attributeName())
                && a.converter().type() == b.converter().type();
    }

    private static List<Class<?>> subtypes(Class<?> type, DynamoTable table) {
        Set<Class<?>> out = new LinkedHashSet<>();
        if (type.isSealed()) {
            collectConcrete(type, out);
        }
        for (Class<?> c : table.subtypes()) {
            collectConcrete(c, out);
        }
        return List.copyOf(out);
    }

    private static void collectConcrete(Class<?> type, Set<Class<?>> out) {
        if (type.isSealed()) {
            for (Class<?> p : type.getPermittedSubclasses()) {
                collectConcrete(p, out);
            }
            if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                out.add(type);
            }
        } else {
            out.add(type);
        }
    }

    private <T> List<IndexModel> indexes(Class<T> type, List<? extends EntityModel<? extends T>> entities) {
        Map<String, PropertyModel> gsiPk = new LinkedHashMap<>();
        Map<String, PropertyModel> gsiSk = new LinkedHashMap<>();
        Map<String, PropertyModel> lsiSk = new LinkedHashMap<>();
        for (EntityModel<? extends T> e : entities) {
            Class<?> owner = e.object().type();
            for (PropertyModel p : e.object().properties()) {
                Field f = field(owner, p.name());
                GsiPartitionKey gp = f.getAnnotation(GsiPartitionKey.class);
                GsiSortKey gs = f.getAnnotation(GsiSortKey.class);
                LsiSortKey ls = f.getAnnotation(LsiSortKey.class);
                if (gp != null) {
                    putIndexKey(gsiPk, gp.value(), p, owner, "@GsiPartitionKey");
                }
                if (gs != null) {
                    putIndexKey(gsiSk, gs.value(), p, owner, "@GsiSortKey");
                }
                if (ls != null) {
                    if (e.sortKey() == null) {
                        throw fail(owner, p.name(), DefinitionMessages.localIndexWithoutSortKey(ls.value()[0]));
                    }
                    putIndexKey(lsiSk, ls.value(), p, owner, "@LsiSortKey");
                }
            }
        }
        List<IndexModel> out = new ArrayList<>();
        for (Map.Entry<String, PropertyModel> sk : gsiSk.entrySet()) {
            if (!gsiPk.containsKey(sk.getKey())) {
                PropertyModel p = sk.getValue();
                throw fail(ownerOf(entities, p), p.name(), DefinitionMessages.indexSortWithoutPartition(sk.getKey()));
            }
        }
        for (Map.Entry<String, PropertyModel> pk : gsiPk.entrySet()) {
            out.add(new IndexModel(pk.getKey(), true, pk.getValue(), gsiSk.get(pk.getKey())));
        }
        for (Map.Entry<String, PropertyModel> sk : lsiSk.entrySet()) {
            if (gsiPk.containsKey(sk.getKey())) {
                PropertyModel p = sk.getValue();
                throw fail(ownerOf(entities, p), p.name(), DefinitionMessages.indexGlobalAndLocal(sk.getKey()));
            }
            out.add(new IndexModel(sk.getKey(), false, entities.get(0).partitionKey(), sk.getValue()));
        }
        return out;
    }

    private static Class<?> ownerOf(List<? extends EntityModel<?>> entities, PropertyModel p) {
        for (EntityModel<?> e : entities) {
            if (e.object().properties().contains(p)) {
                return e.object().type();
            }
        }
        return entities.get(0).object().type();
    }

    private static void putIndexKey(
            Map<String, PropertyModel> keys, String[] names, PropertyModel p, Class<?> owner, String annotation) {
        if (names.length == 0) {
            throw fail(owner, p.name(), DefinitionMessages.indexNameMissing(annotation));
        }
        for (String name : names) {
            if (name.isBlank()) {
                throw fail(owner, p.name(), DefinitionMessages.indexNameMissing(annotation));
            }
            checkKeyType(owner, p, annotation);
            PropertyModel previous = keys.putIfAbsent(name, p);
            if (previous != null && !previous.attributeName().equals(p.attributeName())) {
                throw fail(owner, p.name(), DefinitionMessages.secondIndexKey(annotation, name, previous.name()));
            }
        }
    }

    private static void checkKeyType(Class<?> owner, PropertyModel p, String annotation) {
        if (!p.converter().type().isKeyType()) {
            throw fail(owner, p.name(), DefinitionMessages.keyType(annotation, Types.describe(p.type())));
        }
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
                    fields.add(field(type, components[i].getName()));
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
            throw fail(type, "cannot access the record's constructor and accessors (" + e + ")");
        }

        List<PropertyModel> properties = new ArrayList<>();
        List<Method> setters = new ArrayList<>();
        // For a record: which property fills each constructor argument, -1 for an ignored component.
        int[] componentSlots = new int[fields.size()];
        Map<String, String> attributeOwners = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.isAnnotationPresent(Ignore.class)) {
                for (Class<? extends Annotation> a : MAPPING) {
                    if (f.isAnnotationPresent(a)) {
                        throw fail(type, f.getName(), DefinitionMessages.ignoreCombined("@" + a.getSimpleName()));
                    }
                }
                if (type.isRecord()) {
                    componentSlots[i] = -1;
                }
                continue;
            }
            if (!topLevel) {
                for (Class<? extends Annotation> a : TABLE_ROLES) {
                    if (f.isAnnotationPresent(a)) {
                        throw fail(type, f.getName(), DefinitionMessages.roleInNestedModel("@" + a.getSimpleName()));
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
                throw fail(
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
                throw fail(type, "a model must be a record or a class with a no-argument constructor");
            }
        }
        if (topLevel) {
            checkRoles(type, properties);
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
            throw fail(
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
                throw fail(owner, f.getName(), DefinitionMessages.emptyAttributeName());
            }
            attributeName = rename.value();
        }
        List<Role> roles = new ArrayList<>();
        for (Map.Entry<Class<? extends Annotation>, Role> role : ROLES) {
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
                throw fail(
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
                throw fail(owner, f.getName(), DefinitionMessages.formatWithTtl());
            }
            if (!Types.mentions(type, Instant.class)) {
                throw fail(owner, f.getName(), DefinitionMessages.formatType(Types.describe(type)));
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
            throw fail(owner, f.getName(), e.getMessage());
        } catch (ModelDefinitionException e) {
            throw new ModelDefinitionException(
                    e.getMessage() + "\n  for " + owner.getSimpleName() + "." + f.getName(), e);
        }
    }

    private static void checkRoles(Class<?> type, List<PropertyModel> properties) {
        Map<Role, PropertyModel> seen = new HashMap<>();
        for (PropertyModel p : properties) {
            for (Role role : p.roles) {
                PropertyModel previous = seen.putIfAbsent(role, p);
                if (previous != null && role != Role.AUTO_UUID && role != Role.CREATED_AT && role != Role.UPDATED_AT) {
                    throw fail(
                            type, p.name(), DefinitionMessages.secondRole("@" + annotationName(role), previous.name()));
                }
            }
            Class<?> raw = p.rawType();
            if (p.has(Role.PARTITION_KEY)) {
                checkKeyType(type, p, "@PartitionKey");
            }
            if (p.has(Role.SORT_KEY)) {
                checkKeyType(type, p, "@SortKey");
            }
            if (p.has(Role.PARTITION_KEY) && p.has(Role.SORT_KEY)) {
                throw fail(type, p.name(), DefinitionMessages.bothKeys());
            }
            if (p.has(Role.TTL) && raw != Instant.class && raw != long.class && raw != Long.class) {
                throw fail(type, p.name(), DefinitionMessages.ttlType(Types.describe(p.type())));
            }
            if (p.has(Role.VERSION)
                    && raw != Long.class
                    && raw != long.class
                    && raw != Integer.class
                    && raw != int.class) {
                throw fail(type, p.name(), DefinitionMessages.versionType(Types.describe(p.type())));
            }
            if (p.has(Role.AUTO_UUID)) {
                if (raw != String.class && raw != UUID.class) {
                    throw fail(type, p.name(), DefinitionMessages.autoUuidType(Types.describe(p.type())));
                }
                if (!p.has(Role.PARTITION_KEY) && !p.has(Role.SORT_KEY)) {
                    throw fail(type, p.name(), DefinitionMessages.autoUuidPlacement());
                }
            }
            if (p.has(Role.CREATED_AT) && raw != Instant.class) {
                throw fail(type, p.name(), DefinitionMessages.timestampType("@CreatedAt", Types.describe(p.type())));
            }
            if (p.has(Role.UPDATED_AT) && raw != Instant.class) {
                throw fail(type, p.name(), DefinitionMessages.timestampType("@UpdatedAt", Types.describe(p.type())));
            }
        }
    }

    private static String annotationName(Role role) {
        return switch (role) {
            case PARTITION_KEY -> "PartitionKey";
            case SORT_KEY -> "SortKey";
            case TTL -> "Ttl";
            case VERSION -> "Version";
            case AUTO_UUID -> "AutoUuid";
            case CREATED_AT -> "CreatedAt";
            case UPDATED_AT -> "UpdatedAt";
        };
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new IllegalStateException(type.getName() + " has no field " + name);
    }

    private static ModelDefinitionException fail(Class<?> type, String message) {
        return new ModelDefinitionException(type.getSimpleName() + ": " + message);
    }

    private static ModelDefinitionException fail(Class<?> type, String field, String message) {
        return new ModelDefinitionException(type.getSimpleName() + "." + field + ": " + message);
    }
}
