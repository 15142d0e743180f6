/** How models are read: schemas (generated or reflective), their checked description, and the definition rules. Internal: not API. */
@NullMarked
package io.dynantic.internal.schema;

import org.jspecify.annotations.NullMarked;
