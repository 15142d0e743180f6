package io.dynantic.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type as a DynamoDB table model.
 *
 * <p>{@code @DynamoTable("users") public record User(@PartitionKey String userId, String name) {}}
 *
 * <p>For single-table designs, {@link #discriminator()} names the attribute that stores each
 * item's subtype; the subtypes come from a {@code sealed ... permits} clause or from {@link
 * #subtypes()}, each annotated with {@link DiscriminatorValue}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DynamoTable {
    /** The table name, before the prefix or resolver configured on {@code Dynantic} is applied. */
    String value();

    /** The attribute that stores the subtype of each item; empty for a single-type table. */
    String discriminator() default "";

    /** The subtypes of a non-sealed polymorphic base type. Sealed bases list theirs in {@code permits}. */
    Class<?>[] subtypes() default {};
}
