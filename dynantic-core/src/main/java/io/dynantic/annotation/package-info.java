/** The annotations that describe a model: table, keys, indexes and per-field behaviour. */
@NullMarked
package io.dynantic.annotation;

import org.jspecify.annotations.NullMarked;
