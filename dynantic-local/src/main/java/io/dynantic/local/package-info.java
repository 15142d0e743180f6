/**
 * An embedded DynamoDB engine that runs in memory inside the JVM, for tests. {@link io.dynantic.local.Engine} is
 * the entry point (requests and responses in {@code io.dynantic.local.api}); this package also holds the errors
 * every layer shares, named after DynamoDB's error types: {@link io.dynantic.local.ValidationException},
 * {@link io.dynantic.local.ResourceNotFoundException}, {@link io.dynantic.local.ResourceInUseException} and
 * {@link io.dynantic.local.ConditionalCheckFailedException}.
 */
package io.dynantic.local;
