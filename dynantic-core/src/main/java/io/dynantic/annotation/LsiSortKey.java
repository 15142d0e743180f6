package io.dynantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that holds the sort key of one or more local secondary indexes. The table
 * needs a {@link SortKey}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface LsiSortKey {
    /** The names of the indexes this field is the sort key of. */
    String[] value();
}
