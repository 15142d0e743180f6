package io.dynantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that holds the sort key of one or more global secondary indexes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface GsiSortKey {
    /** The names of the indexes this field is the sort key of; each needs a {@link GsiPartitionKey}. */
    String[] value();
}
