package io.dynantic.internal.schema;

import io.dynantic.convert.InstantFormat;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One field of a model as its source declares it: what {@link ModelSchema} tells the runtime about a record
 * component or bean field, read by reflection or written by the annotation processor.
 *
 * @param name the Java name
 * @param type the declared (generic) type
 * @param annotations the library's annotations on the field ({@code FieldAnnotation.PARTITION_KEY}, {@code FieldAnnotation.IGNORE}, ...)
 * @param attributeName the {@code @Attribute} value, or null without one
 * @param convert the {@code @Convert} class (an {@code AttributeConverter}), or null without one
 * @param format the {@code @Format} value, or null without one
 * @param gsiPartitionKeys the index names of {@code @GsiPartitionKey}
 * @param gsiSortKeys the index names of {@code @GsiSortKey}
 * @param lsiSortKeys the index names of {@code @LsiSortKey}
 * @param notNull whether the field carries Jakarta's {@code @NotNull}
 */
public record FieldDescription(
        String name,
        Type type,
        Set<FieldAnnotation> annotations,
        @Nullable String attributeName,
        @Nullable Class<?> convert,
        @Nullable InstantFormat format,
        List<String> gsiPartitionKeys,
        List<String> gsiSortKeys,
        List<String> lsiSortKeys,
        boolean notNull) {

    public boolean has(FieldAnnotation annotation) {
        return annotations.contains(annotation);
    }
}
