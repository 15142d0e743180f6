/** Test support: a local DynamoDB-compatible server and a JUnit 5 extension that sets up tables. */
@NullMarked
package io.dynantic.testing;

import org.jspecify.annotations.NullMarked;
