/** Checks before sending: Bean Validation, item size and nesting depth. Internal: not API. */
@NullMarked
package io.dynantic.internal.validation;

import org.jspecify.annotations.NullMarked;
