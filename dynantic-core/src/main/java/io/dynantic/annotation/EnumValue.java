package io.dynantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field or no-argument method of an enum whose value is stored for each constant instead
 * of its {@code name()}: a {@code String} is stored as S, a number as N, as Python enums store their
 * values. Every constant must have a distinct, non-null value.
 *
 * <pre>{@code
 * public enum Status {
 *     ACTIVE("active"), SUSPENDED("suspended");
 *     @EnumValue private final String value;
 *     Status(String value) { this.value = value; }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface EnumValue {}
