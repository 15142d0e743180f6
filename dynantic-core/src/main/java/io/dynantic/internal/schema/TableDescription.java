package io.dynantic.internal.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a model's {@code @DynamoTable} declares.
 *
 * @param name the table name
 * @param discriminator the discriminator attribute, or null for a single-type table
 * @param subtypes the concrete subtypes of a polymorphic base: a sealed type's permitted subclasses (at any depth),
 *     then those the annotation lists, without repeats
 */
public record TableDescription(String name, @Nullable String discriminator, List<Class<?>> subtypes) {}
