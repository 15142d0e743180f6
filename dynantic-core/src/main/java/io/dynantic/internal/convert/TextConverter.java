package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A built-in scalar stored as text: a string (S) or a number (N). */
final class TextConverter implements AttributeConverter<Object> {
    private final Scalar scalar;
    /** The class of the values (boxed for a primitive field). */
    private final Class<?> javaType;

    /**
     * A {@code char} field's values as its typed handle gives and takes them (a {@code StringAttribute}): strings of
     * one character, stored as the field stores them.
     */
    static final AttributeConverter<Object> CHARACTER_AS_TEXT = new AttributeConverter<>() {
        @Override
        public AttributeType type() {
            return AttributeType.S;
        }

        @Override
        public AttributeValue write(Object value) {
            String text = value instanceof Character c ? c.toString() : (String) value;
            Scalar.CHAR.parse(text); // refuses any other length
            return AttributeValue.createS(StorableText.check(text));
        }

        @Override
        public Object read(AttributeValue value) {
            return Stored.s(value);
        }
    };

    TextConverter(Scalar scalar, Class<?> javaType) {
        this.scalar = scalar;
        this.javaType = javaType;
    }

    @Override
    public AttributeType type() {
        return scalar.type;
    }

    boolean isCharacter() {
        return scalar == Scalar.CHAR;
    }

    @Override
    public AttributeValue write(Object value) {
        // As a typed converter would: a value of another class is refused, not formatted by toString().
        String text = scalar.format(javaType.cast(value));
        return scalar.type == AttributeType.S
                ? AttributeValue.createS(scalar == Scalar.CHAR ? StorableText.check(text) : text)
                : AttributeValue.createN(text);
    }

    @Override
    public Object read(AttributeValue value) {
        return scalar.parse(scalar.type == AttributeType.S ? Stored.s(value) : Stored.n(value));
    }
}
