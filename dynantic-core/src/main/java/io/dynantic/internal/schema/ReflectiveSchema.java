package io.dynantic.internal.schema;

import io.dynantic.annotation.Attribute;
import io.dynantic.annotation.Convert;
import io.dynantic.annotation.DiscriminatorValue;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.Format;
import io.dynantic.annotation.GsiPartitionKey;
import io.dynantic.annotation.GsiSortKey;
import io.dynantic.annotation.LsiSortKey;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A {@link ModelSchema} read by reflection: for models compiled without the annotation processor. */
final class ReflectiveSchema<T> extends ModelSchema<T> {
    private static final Object[] NO_ARGUMENTS = {};

    private final Class<T> type;
    /** Read on first use: a polymorphic base is asked for its table only, and may be abstract. */
    private volatile @Nullable Members<T> members;

    /** The fields and the reflective handles that read and build instances. */
    private record Members<T>(
            List<FieldDescription> fields,
            List<@Nullable Method> getters,
            List<@Nullable Method> setters,
            Constructor<T> constructor) {}

    /**
     * The schema of {@code type}, typed as the seam: code that only may need reflection (a generated schema's caller)
     * then does not load this class until it does.
     */
    static <T> ModelSchema<T> read(Class<T> type) {
        return new ReflectiveSchema<>(type);
    }

    private ReflectiveSchema(Class<T> type) {
        this.type = type;
    }

    private Members<T> members() {
        Members<T> m = members;
        if (m == null) {
            m = type.isRecord() ? recordMembers(type) : beanMembers(type);
            members = m;
        }
        return m;
    }

    private static <T> Members<T> recordMembers(Class<T> type) {
        List<FieldDescription> fields = new ArrayList<>();
        List<@Nullable Method> getters = new ArrayList<>();
        try {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] parameterTypes = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                parameterTypes[i] = components[i].getType();
                fields.add(describe(field(type, components[i].getName())));
                Method accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                getters.add(accessor);
            }
            Constructor<T> constructor = type.getDeclaredConstructor(parameterTypes);
            constructor.setAccessible(true);
            return new Members<>(fields, getters, List.of(), constructor);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw ModelRules.fail(type, "cannot access the record's constructor and accessors (" + e + ")");
        }
    }

    private static <T> Members<T> beanMembers(Class<T> type) {
        List<FieldDescription> fields = new ArrayList<>();
        List<@Nullable Method> getters = new ArrayList<>();
        List<@Nullable Method> setters = new ArrayList<>();
        for (Class<?> c : hierarchy(type)) {
            for (Field f : c.getDeclaredFields()) {
                if (mapsField(f)) {
                    FieldDescription field = describe(f);
                    fields.add(field);
                    if (field.has(FieldAnnotation.IGNORE)) {
                        getters.add(null);
                        setters.add(null);
                    } else {
                        Method[] accessors = beanAccessors(type, f);
                        getters.add(accessors[0]);
                        setters.add(accessors[1]);
                    }
                }
            }
        }
        try {
            if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
                throw new NoSuchMethodException();
            }
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return new Members<>(fields, getters, setters, constructor);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw ModelRules.fail(type, "a model must be a record or a class with a no-argument constructor");
        }
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public boolean isRecord() {
        return type.isRecord();
    }

    @Override
    public List<FieldDescription> fields() {
        return members().fields();
    }

    @Override
    public @Nullable TableDescription table() {
        DynamoTable table = type.getAnnotation(DynamoTable.class);
        if (table == null) {
            return null;
        }
        String discriminator = table.discriminator().isEmpty() ? null : table.discriminator();
        return new TableDescription(table.value(), discriminator, Subtypes.subtypes(type, table));
    }

    @Override
    public @Nullable String discriminatorValue() {
        DiscriminatorValue value = type.getAnnotation(DiscriminatorValue.class);
        return value == null ? null : value.value();
    }

    @Override
    public @Nullable Class<?> polymorphicBase() {
        for (Class<?> base : Subtypes.supertypes(type)) {
            DynamoTable table = base.getAnnotation(DynamoTable.class);
            if (table != null
                    && !table.discriminator().isEmpty()
                    && Subtypes.subtypes(base, table).contains(type)) {
                return base;
            }
        }
        return null;
    }

    @Override
    public @Nullable Object get(T owner, int field) {
        return invoke(members().getters().get(field), owner, NO_ARGUMENTS);
    }

    @Override
    public T create(@Nullable Object[] values) {
        Members<T> m = members();
        if (type.isRecord()) {
            return construct(m.constructor(), values);
        }
        T bean = construct(m.constructor(), NO_ARGUMENTS);
        for (int i = 0; i < values.length; i++) {
            Method setter = m.setters().get(i);
            // Null too (an absent attribute), over the field's initial value; a primitive is never null here.
            if (setter != null && (values[i] != null || !setter.getParameterTypes()[0].isPrimitive())) {
                invoke(setter, bean, values[i]);
            }
        }
        return bean;
    }

    private static FieldDescription describe(Field f) {
        Set<FieldAnnotation> annotations = EnumSet.noneOf(FieldAnnotation.class);
        for (Annotation a : f.getDeclaredAnnotations()) {
            FieldAnnotation known = FieldAnnotation.of(a.annotationType());
            if (known != null) {
                annotations.add(known);
            }
        }
        Attribute attribute = f.getAnnotation(Attribute.class);
        Convert convert = f.getAnnotation(Convert.class);
        Format format = f.getAnnotation(Format.class);
        GsiPartitionKey gsiPartition = f.getAnnotation(GsiPartitionKey.class);
        GsiSortKey gsiSort = f.getAnnotation(GsiSortKey.class);
        LsiSortKey lsiSort = f.getAnnotation(LsiSortKey.class);
        return new FieldDescription(
                f.getName(),
                f.getGenericType(),
                Set.copyOf(annotations),
                attribute == null ? null : attribute.value(),
                convert == null ? null : convert.value(),
                format == null ? null : format.value(),
                gsiPartition == null ? List.of() : List.of(gsiPartition.value()),
                gsiSort == null ? List.of() : List.of(gsiSort.value()),
                lsiSort == null ? List.of() : List.of(lsiSort.value()),
                hasNotNull(f));
    }

    private static boolean hasNotNull(Field f) {
        for (Annotation a : f.getAnnotations()) {
            if (a.annotationType().getName().equals("jakarta.validation.constraints.NotNull")) {
                return true;
            }
        }
        return false;
    }

    /** The field {@code name} of {@code type} or of a superclass. */
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

    /** Whether a bean's field is one of its model's fields (mapped or {@code @Ignore}d). */
    static boolean mapsField(Field f) {
        int m = f.getModifiers();
        return !Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic();
    }

    /** The class and its superclasses below {@code Object}, the topmost first. */
    static List<Class<?>> hierarchy(Class<?> type) {
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

    private static @Nullable Method method(Class<?> type, String name, Class<?>... parameters) {
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

    private static <T> T construct(Constructor<T> constructor, @Nullable Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw unchecked(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable Object invoke(@Nullable Method method, Object target, @Nullable Object... args) {
        if (method == null) {
            return null;
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw unchecked(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
