package io.dynantic.internal.schema;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import io.dynantic.internal.convert.NestedConverter;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A nested record or bean, stored as a map (M). */
final class ObjectConverter<T> implements AttributeConverter<T>, NestedConverter {
    private final ObjectModel<T> model;

    ObjectConverter(ObjectModel<T> model) {
        this.model = model;
    }

    @Override
    public AttributeType type() {
        return AttributeType.M;
    }

    @Override
    public AttributeValue write(T value) {
        return AttributeValue.createM(model.write(value));
    }

    @Override
    public T read(AttributeValue value) {
        if (!value.hasM()) {
            throw new IllegalArgumentException(
                    "expected a map (M) for " + model.type().getSimpleName());
        }
        return model.read(value.m());
    }

    @Override
    public @Nullable AttributeConverter<?> child(Object segment) {
        if (segment instanceof String name) {
            PropertyModel p = model.byAttribute(name);
            return p == null ? null : p.converter();
        }
        return null;
    }

    ObjectModel<T> model() {
        return model;
    }
}
