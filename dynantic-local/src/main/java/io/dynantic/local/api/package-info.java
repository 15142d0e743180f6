/**
 * The engine's requests and responses, small immutable records shaped like DynamoDB's API (they are later mapped
 * from and to DynamoDB's JSON). Optional parameters are {@code null} or empty; absent results are {@code null}.
 */
package io.dynantic.local.api;
