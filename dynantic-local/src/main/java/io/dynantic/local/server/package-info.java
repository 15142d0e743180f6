/** The engine over HTTP: {@link io.dynantic.local.server.LocalServer} and the server jar's {@code Main}. */
package io.dynantic.local.server;
