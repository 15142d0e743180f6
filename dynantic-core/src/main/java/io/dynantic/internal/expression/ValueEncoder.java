package io.dynantic.internal.expression;

import io.dynantic.expression.Path;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stores a Java value the way the model stores the attribute at a path. */
@FunctionalInterface
public interface ValueEncoder {
    /**
     * @param path where the value belongs, or null to convert by runtime class
     * @param element whether the value is an element of the collection at {@code path}
     */
    AttributeValue encode(Object value, @Nullable Path path, boolean element);

    /**
     * Checks that the attributes at two paths can be compared, being stored as one type; nothing by default.
     *
     * @throws io.dynantic.ItemValidationException when they cannot
     */
    default void checkComparable(Path left, Path right) {}
}
