/** Conditions and update actions rendered to DynamoDB expressions with their name and value placeholders. Internal: not API. */
@NullMarked
package io.dynantic.internal.expression;

import org.jspecify.annotations.NullMarked;
