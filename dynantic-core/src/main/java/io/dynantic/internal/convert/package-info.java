/** The built-in converters, the converter registry, and the rules of stored numbers, instants and types. Internal: not API. */
@NullMarked
package io.dynantic.internal.convert;

import org.jspecify.annotations.NullMarked;
