package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A built-in scalar stored as text: a string (S) or a number (N). */
final class TextConverter implements AttributeConverter<Object> {
    private final Scalar scalar;

    TextConverter(Scalar scalar) {
        this.scalar = scalar;
    }

    @Override
    public AttributeType type() {
        return scalar.type;
    }

    @Override
    public AttributeValue write(Object value) {
        // As a typed converter would: a value of another class is refused, not formatted by toString().
        String text = scalar.format(scalar.boxed.cast(value));
        return scalar.type == AttributeType.S ? AttributeValue.createS(text) : AttributeValue.createN(text);
    }

    @Override
    public Object read(AttributeValue value) {
        return scalar.parse(scalar.type == AttributeType.S ? Stored.s(value) : Stored.n(value));
    }
}
