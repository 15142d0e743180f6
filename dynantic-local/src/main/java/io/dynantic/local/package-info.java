/**
 * An embedded DynamoDB engine that runs in memory inside the JVM, for tests. This package holds what every layer
 * shares, such as {@link io.dynantic.local.ValidationException}.
 */
package io.dynantic.local;
