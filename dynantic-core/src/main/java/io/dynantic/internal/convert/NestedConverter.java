package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeConverter;
import org.jspecify.annotations.Nullable;

/**
 * A converter of a container: lists, sets, maps and nested models. Lets a path such as {@code
 * address.zip} or {@code history[2]} find the converter of what it points at, so values in
 * conditions and updates are stored exactly as a put would store them.
 */
public interface NestedConverter {
    /**
     * The converter for a member: a {@code String} names a map key or model attribute, an {@code
     * Integer} a list index; {@link #ELEMENT} asks for the element of a list or set. Null when the
     * container has no such member.
     */
    @Nullable
    AttributeConverter<?> child(Object segment);

    /** Asks for the element converter of a list or set. */
    Object ELEMENT = new Object();

    /**
     * The converter of what a path to an attribute addresses: for an {@code Optional<V>} field, V's (the value the
     * optional holds, which the field's typed handle names); else {@code converter} itself.
     */
    static @Nullable AttributeConverter<?> held(@Nullable AttributeConverter<?> converter) {
        return converter instanceof CollectionConverters.OptionalConverter<?> optional ? optional.value() : converter;
    }
}
