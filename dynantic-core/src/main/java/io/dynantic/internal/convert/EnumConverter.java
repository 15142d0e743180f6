package io.dynantic.internal.convert;

import io.dynantic.annotation.EnumValue;
import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An enum constant, stored by {@code name()}, or by the value of its {@link EnumValue} member: a
 * string as S, a number as N (matched by numeric value on read, so {@code 1.0} finds {@code 1}).
 */
final class EnumConverter<E extends Enum<E>> implements AttributeConverter<E> {
    private final Class<E> type;
    private final AttributeType stored;
    /** Each constant's stored value, by ordinal; null when constants are stored by name. */
    private final AttributeValue @Nullable [] values;
    /** The constants by stored text (S) or by normalised number (N); null when stored by name. */
    private final @Nullable Map<Object, E> byValue;

    private EnumConverter(
            Class<E> type, AttributeType stored, AttributeValue @Nullable [] values, @Nullable Map<Object, E> byValue) {
        this.type = type;
        this.stored = stored;
        this.values = values;
        this.byValue = byValue;
    }

    /**
     * The converter for {@code type}.
     *
     * @throws UnsupportedTypeException when its {@code @EnumValue} is misplaced, of another type than
     *     a string or number, null, or the same for two constants
     */
    static <E extends Enum<E>> EnumConverter<E> of(Class<E> type) {
        AccessibleObject member = valueMember(type);
        if (member == null) {
            return new EnumConverter<>(type, AttributeType.S, null, null);
        }
        Class<?> valueType = member instanceof Field f ? f.getType() : ((Method) member).getReturnType();
        String where = type.getSimpleName() + "." + ((Member) member).getName();
        AttributeConverter<?> scalar = ScalarConverters.forClass(valueType);
        boolean number = scalar != null && scalar.type() == AttributeType.N;
        if (valueType != String.class && !number) {
            throw new UnsupportedTypeException(
                    where + ": @EnumValue must be a String or a number, not " + valueType.getSimpleName());
        }
        E[] constants = type.getEnumConstants();
        AttributeValue[] values = new AttributeValue[constants.length];
        Map<Object, E> byValue = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (E constant : constants) {
            Object value = read(member, constant);
            if (value == null) {
                problems.add(type.getSimpleName() + "." + constant.name() + " has a null @EnumValue");
                continue;
            }
            AttributeValue av;
            try {
                av = write(scalar == null ? ScalarConverters.STRING : scalar, value);
            } catch (InvalidValueException e) {
                problems.add(type.getSimpleName() + "." + constant.name() + "'s @EnumValue cannot be stored: "
                        + InvalidValueException.messageOf(e));
                continue;
            }
            values[constant.ordinal()] = av;
            E clash = byValue.put(key(av), constant);
            if (clash != null) {
                problems.add(type.getSimpleName() + "." + clash.name() + " and " + constant.name()
                        + " both store " + (number ? av.n() : "\"" + av.s() + "\"")
                        + "; @EnumValue values must be distinct");
            }
        }
        if (!problems.isEmpty()) {
            throw new UnsupportedTypeException(String.join("; ", problems));
        }
        return new EnumConverter<>(type, number ? AttributeType.N : AttributeType.S, values, byValue);
    }

    private static @Nullable AccessibleObject valueMember(Class<?> type) {
        List<AccessibleObject> found = new ArrayList<>(1);
        for (Field f : type.getDeclaredFields()) {
            if (f.isAnnotationPresent(EnumValue.class) && !f.isEnumConstant() && !Modifier.isStatic(f.getModifiers())) {
                found.add(f);
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (m.isAnnotationPresent(EnumValue.class)
                    && m.getParameterCount() == 0
                    && !Modifier.isStatic(m.getModifiers())) {
                found.add(m);
            }
        }
        if (found.size() > 1) {
            throw new UnsupportedTypeException(type.getSimpleName() + " has " + found.size()
                    + " @EnumValue members; mark one instance field or no-argument method");
        }
        if (found.isEmpty()) {
            return null;
        }
        AccessibleObject member = found.get(0);
        member.setAccessible(true);
        return member;
    }

    private static @Nullable Object read(AccessibleObject member, Object constant) {
        try {
            return member instanceof Field f ? f.get(constant) : ((Method) member).invoke(constant);
        } catch (ReflectiveOperationException e) {
            throw new UnsupportedTypeException("cannot read @EnumValue of " + constant + ": " + e);
        }
    }

    /** A value written by a built-in scalar converter, which always writes one. */
    @SuppressWarnings("unchecked")
    private static AttributeValue write(AttributeConverter<?> converter, Object value) {
        return Objects.requireNonNull(((AttributeConverter<Object>) converter).write(value));
    }

    private static Object key(AttributeValue av) {
        return av.n() != null ? new BigDecimal(av.n()).stripTrailingZeros() : av.s();
    }

    @Override
    public AttributeType type() {
        return stored;
    }

    @Override
    public AttributeValue write(E value) {
        return values == null ? AttributeValue.createS(value.name()) : values[value.ordinal()];
    }

    @Override
    public E read(AttributeValue value) {
        if (byValue == null) {
            String name = Stored.s(value);
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no constant " + name, e);
            }
        }
        Object key = stored == AttributeType.N ? new BigDecimal(Stored.n(value)).stripTrailingZeros() : Stored.s(value);
        E constant = byValue.get(key);
        if (constant == null) {
            // The stored text, not the normalized key (which writes 10 as 1E+1).
            String storedText = stored == AttributeType.N ? Stored.n(value) : "\"" + key + "\"";
            throw new IllegalArgumentException(type.getSimpleName() + " has no constant stored as " + storedText);
        }
        return constant;
    }
}
