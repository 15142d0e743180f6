package io.dynantic.testing;

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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB-compatible server on loopback for tests and demos: moto, started single-threaded on a
 * free port and stopped by its own process handle, or the server named by the {@code
 * DYNANTIC_ENDPOINT} environment variable. Thread-safe.
 *
 * <pre>{@code
 * try (LocalDynamoDb db = LocalDynamoDb.start()) {
 *   Dynantic dyn = Dynantic.create(db.client());
 *   ...
 * }
 * }</pre>
 *
 * <p>moto runs with {@code python3} (or the interpreter in {@code DYNANTIC_PYTHON}) and needs
 * {@code pip install 'moto[server]'}.
 */
public final class LocalDynamoDb implements AutoCloseable {
    /** The environment variable that points tests at an already running server. */
    public static final String ENDPOINT_VARIABLE = "DYNANTIC_ENDPOINT";

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static @Nullable LocalDynamoDb shared;

    private final URI endpoint;
    private final @Nullable Process process;
    private final @Nullable Path log;
    private final DynamoDbClient client;
    private @Nullable DynamoDbAsyncClient asyncClient;
    private final String python;

    private LocalDynamoDb(URI endpoint, @Nullable Process process, @Nullable Path log, String python) {
        this.endpoint = endpoint;
        this.python = python;
        this.process = process;
        this.log = log;
        this.client = newClient();
    }

    /**
     * The process-wide server: started on first use and stopped when the JVM exits; the server at
     * {@code DYNANTIC_ENDPOINT} when that is set.
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
     * A server for the caller alone: a new moto process, or the server at {@code DYNANTIC_ENDPOINT}
     * when that is set. Waits until it answers.
     *
     * @throws IllegalStateException when the server cannot start; the message says what to install
     */
    public static LocalDynamoDb start() {
        String configured = System.getenv(ENDPOINT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            LocalDynamoDb db = new LocalDynamoDb(URI.create(configured.trim()), null, null, python());
            db.awaitReady();
            return db;
        }
        return startMoto(python());
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
        LocalDynamoDb db = new LocalDynamoDb(URI.create("http://127.0.0.1:" + port), process, log, python);
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
                throw new IllegalStateException("interrupted while waiting for the local DynamoDB at " + endpoint, e);
            }
        }
        throw new IllegalStateException(
                "the local DynamoDB at " + endpoint + " did not answer within " + STARTUP
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

    /** The server's address. */
    public URI endpoint() {
        return endpoint;
    }

    /** The process id of the moto server this instance started; empty for {@code DYNANTIC_ENDPOINT}. */
    public java.util.OptionalLong pid() {
        return process == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(process.pid());
    }

    /** A client for this server, shared; closed with the server. */
    public DynamoDbClient client() {
        return client;
    }

    /** An async client for this server, shared and made on first use; closed with the server. */
    public synchronized DynamoDbAsyncClient asyncClient() {
        if (asyncClient == null) {
            asyncClient = DynamoDbAsyncClient.builder()
                    .endpointOverride(endpoint)
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .build();
        }
        return asyncClient;
    }

    /** A new sync client for this server, with fixed test credentials and region; the caller closes it. */
    public DynamoDbClient newClient() {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    /** Stops the server this instance started (not one at {@code DYNANTIC_ENDPOINT}) and closes the client. */
    @Override
    public void close() {
        client.close();
        synchronized (this) {
            if (asyncClient != null) {
                asyncClient.close();
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

    @Override
    public String toString() {
        return "LocalDynamoDb[" + endpoint + (process != null ? ", moto pid " + process.pid() : "") + "]";
    }
}
