package io.dynantic.testing;

import io.dynantic.local.Engine;
import io.dynantic.local.sdk.LocalAsyncHttpClient;
import io.dynantic.local.sdk.LocalHttpClient;
import io.dynantic.local.server.LocalServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * A local DynamoDB for tests and demos. By default the in-memory engine {@code dynantic-local}, in this JVM: its
 * clients reach it without a socket, and {@link #endpoint()} starts an HTTP server on loopback for anything that
 * needs a URL. Otherwise moto, started single-threaded on a free port and stopped by its own process handle, when
 * the system property {@value #BACKEND_PROPERTY} or the environment variable {@value #BACKEND_VARIABLE} is {@code
 * moto}; or the server named by the environment variable {@value #ENDPOINT_VARIABLE}, which wins over both.
 * Thread-safe.
 *
 * <pre>{@code
 * try (LocalDynamoDb db = LocalDynamoDb.start()) {
 *   Dynantic dyn = Dynantic.create(db.client());
 *   ...
 * }
 * }</pre>
 *
 * <p>moto runs with {@code python3} (or the interpreter in {@code DYNANTIC_PYTHON}) and needs
 * {@code pip install 'moto[server]'}; the engine needs nothing.
 */
public final class LocalDynamoDb implements AutoCloseable {
    /** The environment variable that points tests at an already running server. */
    public static final String ENDPOINT_VARIABLE = "DYNANTIC_ENDPOINT";

    /** The system property that selects the backend: {@code engine} (the default) or {@code moto}. */
    public static final String BACKEND_PROPERTY = "dynantic.backend";

    /** The environment variable that selects the backend when the system property is not set. */
    public static final String BACKEND_VARIABLE = "DYNANTIC_BACKEND";

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    private static @Nullable LocalDynamoDb shared;

    private final @Nullable Engine engine;
    private @Nullable LocalServer server;
    private final @Nullable URI remote;
    private final @Nullable Process process;
    private final @Nullable Path log;
    private final DynamoDbClient client;
    private @Nullable DynamoDbAsyncClient asyncClient;
    /** Set by {@link #close()}: what this instance would start afterwards could never be stopped. */
    private boolean closed;

    private final String python;

    private LocalDynamoDb(
            @Nullable Engine engine,
            @Nullable URI remote,
            @Nullable Process process,
            @Nullable Path log,
            String python) {
        this.engine = engine;
        this.remote = remote;
        this.python = python;
        this.process = process;
        this.log = log;
        this.client = newClient();
    }

    /**
     * The process-wide local DynamoDB: started on first use and stopped when the JVM exits; the server at {@code
     * DYNANTIC_ENDPOINT} when that is set.
     */
    public static synchronized LocalDynamoDb shared() {
        if (shared == null) {
            LocalDynamoDb db = start();
            Runtime.getRuntime().addShutdownHook(new Thread(db::close, "dynantic-local-dynamodb-stop"));
            shared = db;
        }
        return shared;
    }

    /**
     * A local DynamoDB for the caller alone: a new engine (or moto process, when selected), or the server at {@code
     * DYNANTIC_ENDPOINT} when that is set. Waits until it answers.
     *
     * @throws IllegalStateException when the backend cannot start or is unknown; the message says what to do
     */
    public static LocalDynamoDb start() {
        String configured = System.getenv(ENDPOINT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            LocalDynamoDb db = new LocalDynamoDb(null, URI.create(configured.trim()), null, null, python());
            db.awaitReady();
            return db;
        }
        String backend = System.getProperty(BACKEND_PROPERTY, System.getenv(BACKEND_VARIABLE));
        if (backend == null || backend.isBlank() || backend.trim().equals("engine")) {
            return startEngine(Engine.create());
        }
        if (backend.trim().equals("moto")) {
            return startMoto(python());
        }
        throw new IllegalStateException("unknown local DynamoDB backend '" + backend + "' (from " + BACKEND_PROPERTY
                + " or " + BACKEND_VARIABLE + "): use engine or moto");
    }

    /** Serves {@code engine} in this JVM; for tests that move the engine's clock or share one engine. */
    public static LocalDynamoDb startEngine(Engine engine) {
        return new LocalDynamoDb(engine, null, null, null, python());
    }

    private static String python() {
        return System.getenv().getOrDefault("DYNANTIC_PYTHON", "python3");
    }

    /** Starts moto with the given Python interpreter. */
    static LocalDynamoDb startMoto(String python) {
        Path script;
        Path log;
        try {
            script = Files.createTempFile("dynantic-moto-", ".py");
            script.toFile().deleteOnExit();
            try (InputStream in = LocalDynamoDb.class.getResourceAsStream("moto_launcher.py")) {
                Files.write(script, in.readAllBytes());
            }
            log = Files.createTempFile("dynantic-moto-", ".log");
            log.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the moto launcher to a temporary file", e);
        }
        int port = freePort();
        Process process;
        try {
            process = new ProcessBuilder(List.of(python, script.toString(), Integer.toString(port)))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    python + " is not on the PATH: install Python 3 and run" + " pip install 'moto[server]', or set "
                            + ENDPOINT_VARIABLE + " to a running DynamoDB-compatible server",
                    e);
        }
        LocalDynamoDb db = new LocalDynamoDb(null, URI.create("http://127.0.0.1:" + port), process, log, python);
        try {
            db.awaitReady();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on loopback", e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        SdkException last = null;
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(startupFailure());
            }
            try {
                client.listTables(r -> r.limit(1));
                return;
            } catch (SdkException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the local DynamoDB at " + remote, e);
            }
        }
        throw new IllegalStateException(
                "the local DynamoDB at " + remote + " did not answer within " + STARTUP
                        + (process != null ? "; its output:\n" + output() : ""),
                last);
    }

    private String startupFailure() {
        String output = output();
        if (output.contains("DYNANTIC-NO-MOTO")) {
            return "moto is not installed for " + python
                    + ": run pip install 'moto[server]' (or set " + ENDPOINT_VARIABLE
                    + " to a running DynamoDB-compatible server)";
        }
        return "the local DynamoDB (moto) exited on startup; its output:\n" + output;
    }

    private String output() {
        try {
            return log == null ? "" : Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /**
     * The server's address. For the engine, the first call starts an HTTP server on a free loopback port, stopped
     * with this instance.
     */
    public synchronized URI endpoint() {
        if (remote != null) {
            return remote;
        }
        requireOpen();
        if (server == null) {
            server = LocalServer.start(engine(), 0);
        }
        return server.endpoint();
    }

    /** The engine this instance serves in-process; {@code null} for moto or {@code DYNANTIC_ENDPOINT}. */
    public @Nullable Engine engine() {
        return engine;
    }

    /** The process id of the moto server this instance started; empty for the engine or {@code DYNANTIC_ENDPOINT}. */
    public java.util.OptionalLong pid() {
        return process == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(process.pid());
    }

    /** A client for this local DynamoDB, shared; closed with it. */
    public DynamoDbClient client() {
        return client;
    }

    /** An async client for this local DynamoDB, shared and made on first use; closed with it. */
    public synchronized DynamoDbAsyncClient asyncClient() {
        if (asyncClient == null) {
            requireOpen();
            DynamoDbAsyncClientBuilder builder =
                    DynamoDbAsyncClient.builder().region(Region.US_EAST_1).credentialsProvider(CREDENTIALS);
            asyncClient = engine != null
                    ? builder.httpClient(LocalAsyncHttpClient.of(engine)).build()
                    : builder.endpointOverride(remote).build();
        }
        return asyncClient;
    }

    /** A new sync client for this local DynamoDB, with fixed test credentials and region; the caller closes it. */
    public DynamoDbClient newClient() {
        DynamoDbClientBuilder builder =
                DynamoDbClient.builder().region(Region.US_EAST_1).credentialsProvider(CREDENTIALS);
        return engine != null
                ? builder.httpClient(LocalHttpClient.of(engine)).build()
                : builder.endpointOverride(remote).build();
    }

    /** Stops what this instance started (not a server at {@code DYNANTIC_ENDPOINT}) and closes its clients. */
    @Override
    public void close() {
        client.close();
        synchronized (this) {
            closed = true;
            if (asyncClient != null) {
                asyncClient.close();
            }
            if (server != null) {
                server.close();
            }
        }
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
    }

    @Override
    public String toString() {
        return engine != null
                ? "LocalDynamoDb[dynantic-local engine, in-process]"
                : "LocalDynamoDb[" + remote + (process != null ? ", moto pid " + process.pid() : "") + "]";
    }
}
