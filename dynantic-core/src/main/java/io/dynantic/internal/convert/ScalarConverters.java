package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The built-in converters for single values, by exact class. Made when a model asks for one (the registry keeps
 * them), so that a model's first table loads no class it does not store.
 */
public final class ScalarConverters {
    static final AttributeConverter<String> STRING = new AttributeConverter<>() {
        @Override
        public AttributeType type() {
            return AttributeType.S;
        }

        @Override
        public AttributeValue write(String value) {
            return AttributeValue.createS(StorableText.check(value));
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

    private ScalarConverters() {}

    /** The built-in converter for exactly this class, or null. */
    public static @Nullable AttributeConverter<?> forClass(Class<?> type) {
        if (type == String.class) {
            return STRING;
        }
        if (type == Boolean.class || type == boolean.class) {
            return BOOLEAN;
        }
        if (type == byte[].class || type == ByteBuffer.class || type == SdkBytes.class) {
            return new BinaryConverter(type);
        }
        Scalar scalar = Scalar.of(type);
        return scalar == null ? null : new TextConverter(scalar, Types.boxed(type));
    }

    /** Stores an enum constant by {@code name()}, or by its {@code @EnumValue}. */
    static <E extends Enum<E>> AttributeConverter<E> forEnum(Class<E> type) {
        return EnumConverter.of(type);
    }

    /** Binary values, as {@code byte[]}, {@code ByteBuffer} or {@code SdkBytes}; each copies, so no item aliases a caller's array. */
    private static final class BinaryConverter implements AttributeConverter<Object> {
        private final Class<?> javaType;

        BinaryConverter(Class<?> javaType) {
            this.javaType = javaType;
        }

        @Override
        public AttributeType type() {
            return AttributeType.B;
        }

        @Override
        public AttributeValue write(Object value) {
            // As a typed converter would: a value of another class is refused.
            Object typed = javaType.cast(value);
            SdkBytes bytes = typed instanceof byte[] array
                    ? SdkBytes.fromByteArray(array)
                    : typed instanceof ByteBuffer buffer ? SdkBytes.fromByteBuffer(buffer) : (SdkBytes) typed;
            return AttributeValue.createB(bytes);
        }

        @Override
        public Object read(AttributeValue value) {
            SdkBytes bytes = Stored.b(value);
            if (javaType == byte[].class) {
                return bytes.asByteArray();
            }
            return javaType == ByteBuffer.class ? ByteBuffer.wrap(bytes.asByteArray()) : bytes;
        }
    }
}
