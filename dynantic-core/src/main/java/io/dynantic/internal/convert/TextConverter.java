package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A built-in scalar stored as text: a string (S) or a number (N). */
final class TextConverter implements AttributeConverter<Object> {
    private final Scalar scalar;
    /** The class of the values (boxed for a primitive field). */
    private final Class<?> javaType;

    TextConverter(Scalar scalar, Class<?> javaType) {
        this.scalar = scalar;
        this.javaType = javaType;
    }

    @Override
    public AttributeType type() {
        return scalar.type;
    }

    @Override
    public AttributeValue write(Object value) {
        // As a typed converter would: a value of another class is refused, not formatted by toString().
        String text = scalar.format(javaType.cast(value));
        return scalar.type == AttributeType.S ? AttributeValue.createS(text) : AttributeValue.createN(text);
    }

    @Override
    public Object read(AttributeValue value) {
        return scalar.parse(scalar.type == AttributeType.S ? Stored.s(value) : Stored.n(value));
    }
}
