package io.dynantic.internal.convert;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** Small helpers for generic types. */
public final class Types {
    private Types() {}

    /** The class of a primitive's values ({@code Integer} for {@code int}); any other class as it is. */
    public static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        return type == char.class ? Character.class : Void.class;
    }

    /**
     * The parameterized type {@code raw<arguments>}, equal to the one reflection returns for the same declaration:
     * how generated schemas write a field's generic type without reading it by reflection.
     */
    public static ParameterizedType parameterized(Class<?> raw, Type... arguments) {
        return new Parameterized(raw, arguments.clone());
    }

    private record Parameterized(Class<?> raw, Type[] arguments) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return raw.getDeclaringClass();
        }

        // Equal to (and hashed like) the JDK's own ParameterizedType for the same type.
        @Override
        public boolean equals(Object o) {
            return o instanceof ParameterizedType p
                    && raw.equals(p.getRawType())
                    && Objects.equals(getOwnerType(), p.getOwnerType())
                    && Arrays.equals(arguments, p.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(arguments) ^ Objects.hashCode(getOwnerType()) ^ raw.hashCode();
        }

        @Override
        public String toString() {
            return raw.getName()
                    + Arrays.stream(arguments).map(Type::getTypeName).collect(Collectors.joining(", ", "<", ">"));
        }
    }

    /** The class behind a type: {@code List} for {@code List<String>}. */
    public static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType a) {
            return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0)
                    .getClass();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        return Object.class;
    }

    /** The i-th type argument, or {@code Object} for a raw type. */
    public static Type argument(Type type, int i) {
        if (type instanceof ParameterizedType p) {
            Type arg = p.getActualTypeArguments()[i];
            // A class first: the test for a wildcard loads WildcardType, which most models never need.
            return arg instanceof Class<?> || !(arg instanceof WildcardType w) ? arg : w.getUpperBounds()[0];
        }
        return Object.class;
    }

    /** Whether {@code type} is {@code target}, or has it among its type arguments, at any depth. */
    public static boolean mentions(Type type, Class<?> target) {
        if (type == target) {
            return true;
        }
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                if (mentions(argument, target)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A short readable name: {@code Set<Object>}, {@code Map<Integer, String>}. */
    public static String describe(Type type) {
        if (type instanceof Class<?> c) {
            return c.isArray() ? describe(c.getComponentType()) + "[]" : c.getSimpleName();
        }
        if (type instanceof ParameterizedType p) {
            return describe(p.getRawType())
                    + Arrays.stream(p.getActualTypeArguments())
                            .map(Types::describe)
                            .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof GenericArrayType a) {
            return describe(a.getGenericComponentType()) + "[]";
        }
        return type.getTypeName();
    }
}
