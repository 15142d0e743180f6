package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The built-in converters for single values, by exact class. */
public final class ScalarConverters {
    private static final Map<Class<?>, AttributeConverter<?>> BY_CLASS = new HashMap<>();

    private static <V> void text(Class<V> type, Function<V, String> format, Function<String, V> parse) {
        BY_CLASS.put(type, new TextConverter<>(AttributeType.S, format, parse));
    }

    private static <V> void number(Class<V> type, Function<V, String> format, Function<String, V> parse) {
        BY_CLASS.put(type, new TextConverter<>(AttributeType.N, format, parse));
    }

    private static <V> void number(
            Class<V> type, Class<?> primitive, Function<V, String> format, Function<String, V> parse) {
        number(type, format, parse);
        BY_CLASS.put(primitive, BY_CLASS.get(type));
    }

    static final AttributeConverter<String> STRING = new AttributeConverter<>() {
        @Override
        public AttributeType type() {
            return AttributeType.S;
        }

        @Override
        public AttributeValue write(String value) {
            return AttributeValue.createS(value);
        }

        @Override
        public String read(AttributeValue value) {
            return Stored.s(value);
        }
    };

    static final AttributeConverter<Boolean> BOOLEAN = new AttributeConverter<>() {
        @Override
        public AttributeType type() {
            return AttributeType.BOOL;
        }

        @Override
        public AttributeValue write(Boolean value) {
            return AttributeValue.createBool(value);
        }

        @Override
        public Boolean read(AttributeValue value) {
            return Stored.bool(value);
        }
    };

    /** Binary values; every variant copies, so the stored item never aliases a caller's array. */
    private abstract static class Binary<V> implements AttributeConverter<V> {
        @Override
        public AttributeType type() {
            return AttributeType.B;
        }

        @Override
        public AttributeValue write(V value) {
            return AttributeValue.createB(bytes(value));
        }

        @Override
        public V read(AttributeValue value) {
            return from(Stored.b(value));
        }

        abstract SdkBytes bytes(V value);

        abstract V from(SdkBytes bytes);
    }

    static {
        BY_CLASS.put(String.class, STRING);
        BY_CLASS.put(Boolean.class, BOOLEAN);
        BY_CLASS.put(boolean.class, BOOLEAN);
        TextConverter<Character> chars =
                new TextConverter<>(AttributeType.S, String::valueOf, ScalarConverters::character);
        BY_CLASS.put(Character.class, chars);
        BY_CLASS.put(char.class, chars);

        number(Integer.class, int.class, String::valueOf, s ->
                (int) Numbers.parseLong(s, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int"));
        number(
                Long.class,
                long.class,
                String::valueOf,
                s -> Numbers.parseLong(s, Long.MIN_VALUE, Long.MAX_VALUE, "a long"));
        number(Short.class, short.class, String::valueOf, s ->
                (short) Numbers.parseLong(s, Short.MIN_VALUE, Short.MAX_VALUE, "a short"));
        number(Byte.class, byte.class, String::valueOf, s ->
                (byte) Numbers.parseLong(s, Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte"));
        number(Double.class, double.class, Numbers::format, Double::parseDouble);
        number(Float.class, float.class, Numbers::format, Float::parseFloat);
        number(BigDecimal.class, Numbers::format, BigDecimal::new);
        number(BigInteger.class, Numbers::format, s -> {
            try {
                return new BigDecimal(s).toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("number " + s + " is not a whole number", e);
            }
        });

        BY_CLASS.put(Instant.class, InstantFormat.CONVERTER);
        text(OffsetDateTime.class, OffsetDateTime::toString, OffsetDateTime::parse);
        text(ZonedDateTime.class, ZonedDateTime::toString, ZonedDateTime::parse);
        text(LocalDate.class, LocalDate::toString, LocalDate::parse);
        text(LocalDateTime.class, LocalDateTime::toString, LocalDateTime::parse);
        text(LocalTime.class, LocalTime::toString, LocalTime::parse);
        text(Duration.class, Duration::toString, Duration::parse);
        text(Year.class, Year::toString, Year::parse);
        text(YearMonth.class, YearMonth::toString, YearMonth::parse);
        text(UUID.class, UUID::toString, UUID::fromString);

        BY_CLASS.put(byte[].class, new Binary<byte[]>() {
            @Override
            SdkBytes bytes(byte[] value) {
                return SdkBytes.fromByteArray(value);
            }

            @Override
            byte[] from(SdkBytes bytes) {
                return bytes.asByteArray();
            }
        });
        BY_CLASS.put(ByteBuffer.class, new Binary<ByteBuffer>() {
            @Override
            SdkBytes bytes(ByteBuffer value) {
                return SdkBytes.fromByteBuffer(value);
            }

            @Override
            ByteBuffer from(SdkBytes bytes) {
                return ByteBuffer.wrap(bytes.asByteArray());
            }
        });
        BY_CLASS.put(SdkBytes.class, new Binary<SdkBytes>() {
            @Override
            SdkBytes bytes(SdkBytes value) {
                return value;
            }

            @Override
            SdkBytes from(SdkBytes bytes) {
                return bytes;
            }
        });
    }

    private ScalarConverters() {}

    /** The built-in converter for exactly this class, or null. */
    public static @Nullable AttributeConverter<?> forClass(Class<?> type) {
        return BY_CLASS.get(type);
    }

    /** Stores an enum constant by {@code name()}. */
    static <E extends Enum<E>> AttributeConverter<E> forEnum(Class<E> type) {
        return new TextConverter<>(AttributeType.S, Enum::name, s -> {
            try {
                return Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no constant " + s, e);
            }
        });
    }

    private static Character character(String s) {
        if (s.length() != 1) {
            throw new IllegalArgumentException("expected a single character but found " + s.length());
        }
        return s.charAt(0);
    }
}
