package io.dynantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the time-to-live field: an {@code Instant} or {@code long}/{@code Long} (epoch seconds), stored
 * as a number of epoch seconds. {@code createTable} enables TTL on it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Ttl {}
