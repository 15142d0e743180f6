package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An enum constant, stored by {@code name()}. */
final class EnumConverter<E extends Enum<E>> implements AttributeConverter<E> {
    private final Class<E> type;

    EnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public AttributeType type() {
        return AttributeType.S;
    }

    @Override
    public AttributeValue write(E value) {
        return AttributeValue.createS(value.name());
    }

    @Override
    public E read(AttributeValue value) {
        String name = Stored.s(value);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no constant " + name, e);
        }
    }
}
