package io.dynantic.local.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dynantic.local.Engine;
import io.dynantic.local.wire.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine over HTTP on loopback, speaking DynamoDB's JSON protocol, for any SDK or the AWS CLI. Built on the
 * JDK's own HTTP server. Like DynamoDB's background process, it deletes expired items (Time to Live) once a minute. Thread-safe; {@link #close()} stops it.
 *
 * <pre>{@code
 * try (LocalServer server = LocalServer.start(Engine.create(), 0)) {
 *   URI endpoint = server.endpoint(); // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class LocalServer implements AutoCloseable {
    // What DynamoDB answers to a GET of its root, which health checks use.
    private static final byte[] HEALTHY = "healthy: dynamodb.us-east-1.amazonaws.com ".getBytes(StandardCharsets.UTF_8);

    // What DynamoDB answers to other methods and to a body that is not JSON by its content type: 404 and this.
    private static final byte[] NOT_AN_OPERATION = "<UnknownOperationException/>\n".getBytes(StandardCharsets.UTF_8);

    // The content types DynamoDB takes (and echoes in the answer).
    private static final java.util.Set<String> JSON_TYPES = java.util.Set.of(Protocol.CONTENT_TYPE, "application/json");

    private final HttpServer server;
    private final ExecutorService executor;
    private final ScheduledExecutorService sweeper;

    private LocalServer(HttpServer server, ExecutorService executor, ScheduledExecutorService sweeper) {
        this.server = server;
        this.executor = executor;
        this.sweeper = sweeper;
    }

    /** Starts serving {@code engine} on 127.0.0.1 at {@code port} ({@code 0}: a free port). */
    public static LocalServer start(Engine engine, int port) {
        Protocol protocol = new Protocol(engine);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "dynantic-local-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "dynantic-local-expiry");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(engine::expireItems, 1, 1, TimeUnit.MINUTES);
        server.createContext("/", exchange -> serve(protocol, exchange));
        server.start();
        return new LocalServer(server, executor, sweeper);
    }

    private static void serve(Protocol protocol, HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            var headers = exchange.getResponseHeaders();
            headers.set("x-amzn-RequestId", UUID.randomUUID().toString());
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if ("GET".equals(exchange.getRequestMethod())) {
                headers.set("Content-Type", "text/plain");
                send(exchange, 200, HEALTHY);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod()) || !JSON_TYPES.contains(mediaType(contentType))) {
                headers.set("Content-Type", "text/html");
                send(exchange, 404, NOT_AN_OPERATION);
                return;
            }
            Protocol.Reply reply = protocol.handle(exchange.getRequestHeaders().getFirst("X-Amz-Target"), body);
            headers.set("Content-Type", mediaType(contentType));
            headers.set("x-amz-crc32", Long.toString(reply.crc32()));
            send(exchange, reply.status(), reply.body());
        }
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].trim();
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The server's address, for {@code endpointOverride} or the AWS CLI's {@code --endpoint-url}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Stops the server at once; the engine keeps its tables. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        sweeper.shutdownNow();
    }
}
