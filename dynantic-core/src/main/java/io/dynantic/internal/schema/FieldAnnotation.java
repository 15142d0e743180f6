package io.dynantic.internal.schema;

import java.lang.annotation.Annotation;
import org.jspecify.annotations.Nullable;

/**
 * The library's field annotations, named rather than loaded: the definition rules and the schemas speak of them by
 * these constants, so a model described at build time costs no annotation class at start-up. In the order the
 * rules try them; {@code IGNORE} stays last, every constant before it maps a field.
 */
public enum FieldAnnotation {
    PARTITION_KEY("PartitionKey"),
    SORT_KEY("SortKey"),
    GSI_PARTITION_KEY("GsiPartitionKey"),
    GSI_SORT_KEY("GsiSortKey"),
    LSI_SORT_KEY("LsiSortKey"),
    TTL("Ttl"),
    VERSION("Version"),
    AUTO_UUID("AutoUuid"),
    ATTRIBUTE("Attribute"),
    CONVERT("Convert"),
    FORMAT("Format"),
    CREATED_AT("CreatedAt"),
    UPDATED_AT("UpdatedAt"),
    IGNORE("Ignore");

    private final String simpleName;

    FieldAnnotation(String simpleName) {
        this.simpleName = simpleName;
    }

    /** The constant for a library annotation; null for any other annotation. */
    public static @Nullable FieldAnnotation of(Class<? extends Annotation> type) {
        for (FieldAnnotation a : values()) {
            if (a.className().equals(type.getName())) {
                return a;
            }
        }
        return null;
    }

    /** {@code PartitionKey}. */
    public String simpleName() {
        return simpleName;
    }

    /** {@code io.dynantic.annotation.PartitionKey}. */
    public String className() {
        return "io.dynantic.annotation." + simpleName;
    }

    /** {@code @PartitionKey}, as messages write it. */
    public String written() {
        return "@" + simpleName;
    }
}
