package io.dynantic.local.sdk;

import io.dynantic.local.Engine;
import io.dynantic.local.wire.Protocol;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * An {@link SdkHttpClient} that hands each request to an {@link Engine} in the same JVM, without a socket: the SDK
 * marshals, signs and unmarshals as it would against DynamoDB. Thread-safe.
 *
 * <pre>{@code
 * Engine engine = Engine.create();
 * DynamoDbClient client = DynamoDbClient.builder()
 *         .httpClient(LocalHttpClient.of(engine))
 *         .region(Region.US_EAST_1)
 *         .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
 *         .build();
 * }</pre>
 */
public final class LocalHttpClient implements SdkHttpClient {
    private final Protocol protocol;

    private LocalHttpClient(Engine engine) {
        this.protocol = new Protocol(engine);
    }

    /** A client of {@code engine}. */
    public static LocalHttpClient of(Engine engine) {
        return new LocalHttpClient(engine);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                Protocol.Reply reply = protocol.handle(Exchange.target(request.httpRequest()), body(request));
                return HttpExecuteResponse.builder()
                        .response(Exchange.response(reply))
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(reply.body())))
                        .build();
            }

            @Override
            public void abort() {
                // The engine answers synchronously; there is nothing in flight to abort.
            }
        };
    }

    private static byte[] body(HttpExecuteRequest request) {
        if (request.contentStreamProvider().isEmpty()) {
            return new byte[0];
        }
        try (InputStream in = request.contentStreamProvider().get().newStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String clientName() {
        return "dynantic-local";
    }

    @Override
    public void close() {
        // The engine belongs to the caller.
    }
}
