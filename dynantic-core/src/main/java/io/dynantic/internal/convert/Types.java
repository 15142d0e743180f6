package io.dynantic.internal.convert;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Small helpers for generic types. */
public final class Types {
    private Types() {}

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
            return arg instanceof WildcardType w ? w.getUpperBounds()[0] : arg;
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
