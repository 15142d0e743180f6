/**
 * The engine behind the AWS SDK for Java v2 without a socket: {@link io.dynantic.local.sdk.LocalHttpClient} and
 * {@link io.dynantic.local.sdk.LocalAsyncHttpClient}. Needs {@code software.amazon.awssdk:http-client-spi} (which
 * every SDK client brings).
 */
package io.dynantic.local.sdk;
