package io.dynantic.annotation;

import io.dynantic.convert.InstantFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores an {@code Instant} field (or the instants in an {@code Optional}, list, set or map field) in
 * the given format instead of the builder's default. Not allowed with {@link Ttl}, which is always
 * epoch seconds.
 *
 * <p>{@code @Format(InstantFormat.EPOCH_MILLIS) Instant lastLogin}
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Format {
    /** The stored form. */
    InstantFormat value();
}
