package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The built-in converters for single values, by exact class. */
public final class ScalarConverters {
    private static final Map<Class<?>, AttributeConverter<?>> BY_CLASS = new HashMap<>();

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
        for (Scalar scalar : Scalar.values()) {
            TextConverter converter = new TextConverter(scalar);
            BY_CLASS.put(scalar.boxed, converter);
            if (scalar.primitive != null) {
                BY_CLASS.put(scalar.primitive, converter);
            }
        }

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

    /** Stores an enum constant by {@code name()}, or by its {@code @EnumValue}. */
    static <E extends Enum<E>> AttributeConverter<E> forEnum(Class<E> type) {
        return EnumConverter.of(type);
    }
}
