package io.dynantic.annotation;

import io.dynantic.convert.AttributeConverter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a field through the given converter instead of the built-in one. The converter class needs
 * a public no-argument constructor.
 *
 * <p>{@code @Convert(MoneyConverter.class) Money price}
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Convert {
    /** The converter class. */
    @SuppressWarnings("rawtypes")
    Class<? extends AttributeConverter> value();
}
