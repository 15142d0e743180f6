/**
 * Dynantic: a type-safe object mapper for Amazon DynamoDB. Start at {@link io.dynantic.Dynantic}.
 */
@NullMarked
package io.dynantic;

import org.jspecify.annotations.NullMarked;
