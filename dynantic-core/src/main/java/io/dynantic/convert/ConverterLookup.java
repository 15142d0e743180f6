package io.dynantic.convert;

import java.lang.reflect.Type;

/** Finds the converter the library would use for a type; given to {@link AttributeConverterFactory}. */
@FunctionalInterface
public interface ConverterLookup {

    /**
     * Returns the converter for {@code type}.
     *
     * @throws IllegalArgumentException when no converter handles the type
     */
    AttributeConverter<?> find(Type type);
}
