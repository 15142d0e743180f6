/** Requests: each kind of read and write described once, encoded by the item codec and run by the runner. Internal: not API. */
@NullMarked
package io.dynantic.internal.operation;

import org.jspecify.annotations.NullMarked;
