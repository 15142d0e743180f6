package io.dynantic.convert;

import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * Creates converters for a family of types, such as every {@code Money<C>} or every enum of a
 * package. Factories registered on the {@code Dynantic} builder are asked before the built-in ones,
 * in registration order; a factory answers null for a type it does not handle.
 */
@FunctionalInterface
public interface AttributeConverterFactory {

    /**
     * Returns a converter for {@code type}, or null when this factory does not handle it.
     *
     * @param type the field's generic type, such as {@code List<Money>}
     * @param converters finds converters for component types, such as a list's elements
     */
    @Nullable
    AttributeConverter<?> create(Type type, ConverterLookup converters);
}
