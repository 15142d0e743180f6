/**
 * The typed expression DSL: attribute handles ({@link io.dynantic.expression.Attribute} and its
 * subtypes, generated as {@code User_} metamodels) and the {@link io.dynantic.expression.Condition}
 * trees built from them.
 */
@NullMarked
package io.dynantic.expression;

import org.jspecify.annotations.NullMarked;
