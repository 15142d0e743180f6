package io.dynantic.internal.schema;

import io.dynantic.internal.convert.Types;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A model class as the runtime reads it: its fields as declared, what its class annotations say, and code that
 * reads fields and builds instances. The annotation processor generates one per model ({@code User_Schema} for
 * {@code User}, {@code Outer_User_Schema} for a nested {@code Outer.User}); {@link #of} finds it by that name and
 * falls back to reflection for models compiled without the processor. {@link ModelInspector} turns either into the
 * same checked {@link ObjectModel}.
 *
 * <p>Public for generated code only; not an API.
 *
 * @param <T> the model type
 */
public abstract class ModelSchema<T> {
    /** The system property that selects {@code generated} schemas (the default) or {@code reflection} only. */
    public static final String MODE_PROPERTY = "dynantic.schemas";

    private static final boolean USE_GENERATED = !"reflection".equals(System.getProperty(MODE_PROPERTY, "generated"));

    /** The schema of {@code type}: the generated one where there is one (unless turned off), else by reflection. */
    public static <T> ModelSchema<T> of(Class<T> type) {
        if (USE_GENERATED) {
            ModelSchema<T> generated = generated(type);
            if (generated != null) {
                return generated;
            }
        }
        return reflective(type);
    }

    /** The schema of {@code type} read by reflection, generated one or not. */
    public static <T> ModelSchema<T> reflective(Class<T> type) {
        return ReflectiveSchema.read(type);
    }

    /** Whether {@link #of} uses generated schemas ({@value #MODE_PROPERTY} is not {@code reflection}). */
    public static boolean usesGenerated() {
        return USE_GENERATED;
    }

    /** The generated schema's class name for {@code type}: its simple name and its enclosing classes', joined by _. */
    static String generatedName(Class<?> type) {
        if (type.getEnclosingClass() == null) {
            return type.getName() + "_Schema";
        }
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, outer.getSimpleName() + "_");
        }
        String pkg = type.getPackageName();
        return (pkg.isEmpty() ? "" : pkg + ".") + name + "_Schema";
    }

    @SuppressWarnings("unchecked")
    private static <T> @Nullable ModelSchema<T> generated(Class<T> type) {
        Class<?> schema;
        try {
            schema = Class.forName(generatedName(type), true, type.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        if (!ModelSchema.class.isAssignableFrom(schema)) {
            return null;
        }
        ModelSchema<T> instance;
        try {
            instance = (ModelSchema<T>) schema.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot create the generated schema " + schema.getName(), e);
        }
        return instance.type() == type && instance.matchesClass() ? instance : null;
    }

    /**
     * Whether the fields this schema lists are the class's, by name, erased type and order: a schema left from an
     * earlier build (an IDE that recompiled the model alone) is ignored rather than trusted. (Annotations are not
     * compared: that would read them, which the schema is there to avoid.)
     */
    private boolean matchesClass() {
        Class<T> type = type();
        if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            return true;
        }
        List<String> names = new java.util.ArrayList<>();
        List<Class<?>> types = new java.util.ArrayList<>();
        if (type.isRecord()) {
            for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
                names.add(c.getName());
                types.add(c.getType());
            }
        } else {
            for (Class<?> c : ReflectiveSchema.hierarchy(type)) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (ReflectiveSchema.mapsField(f)) {
                        names.add(f.getName());
                        types.add(f.getType());
                    }
                }
            }
        }
        List<FieldDescription> fields = fields();
        if (names.size() != fields.size()) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            FieldDescription field = fields.get(i);
            if (!names.get(i).equals(field.name()) || types.get(i) != Types.raw(field.type())) {
                return false;
            }
        }
        return true;
    }

    public abstract Class<T> type();

    /** This schema as one of a subtype of {@code base}. */
    @SuppressWarnings("unchecked")
    <B> ModelSchema<? extends B> as(Class<B> base) {
        type().asSubclass(base);
        return (ModelSchema<? extends B>) this;
    }

    /** Whether the model is a record (else a JavaBean). */
    public abstract boolean isRecord();

    /** All fields, {@code @Ignore}d ones too, in declaration order (a bean's superclass fields first). */
    public abstract List<FieldDescription> fields();

    /** What {@code @DynamoTable} says, or null for a class without it. */
    public abstract @Nullable TableDescription table();

    /** The {@code @DiscriminatorValue}, or null without one. */
    public abstract @Nullable String discriminatorValue();

    /** The polymorphic base whose {@code @DynamoTable} lists this class among its subtypes, or null. */
    public abstract @Nullable Class<?> polymorphicBase();

    /** The value of field {@code field} (an index into {@link #fields()}) of {@code owner}. */
    public abstract @Nullable Object get(T owner, int field);

    /**
     * A new instance from one value per field, in field order. A record gets every value; a bean's setters are
     * called for the mapped fields whose value is not null.
     */
    public abstract T create(@Nullable Object[] values);

    /**
     * What an accessor's or constructor's exception becomes, as generated code and reflection let it out: unchecked
     * ones are thrown as they are, checked ones wrapped.
     */
    protected static RuntimeException unchecked(@Nullable Throwable cause) {
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + type().getName() + "]";
    }
}
