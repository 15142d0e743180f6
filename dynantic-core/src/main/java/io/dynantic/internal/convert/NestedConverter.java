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
     * The converter of values as a field's typed handle gives and takes them: for an {@code Optional<V>} field, V's
     * (the value the optional holds); for a {@code char} field, one-character strings; else {@code converter}.
     */
    static @Nullable AttributeConverter<?> asHandled(@Nullable AttributeConverter<?> converter) {
        if (converter instanceof CollectionConverters.OptionalConverter<?> optional) {
            return asHandled(optional.value());
        }
        return converter instanceof TextConverter text && text.isCharacter()
                ? TextConverter.CHARACTER_AS_TEXT
                : converter;
    }
}
