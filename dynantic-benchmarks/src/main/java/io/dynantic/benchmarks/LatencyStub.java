package io.dynantic.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An HTTP client for the SDK that answers batch requests after a fixed latency, through a pool of
 * {@link #CONNECTIONS} connections (the SDK's default): a request waits for a free connection, as
 * it would on a real pool. BatchWriteItem does everything; BatchGetItem finds every key, as a whole
 * {@link Models.User} item.
 */
final class LatencyStub implements SdkHttpClient {
    /** The connections, as many as the SDK's default pool has. */
    static final int CONNECTIONS = 50;

    /** The attributes of {@link Models#user()} besides its key, as DynamoDB JSON. */
    private static final String USER_ATTRIBUTES =
            ", \"name\": {\"S\": \"Ada Lovelace\"}, \"status\": {\"S\": \"ACTIVE\"},"
                    + " \"createdAt\": {\"S\": \"2024-03-01T12:34:56.789000000Z\"}, \"balance\": {\"N\": \"1234.56\"},"
                    + " \"loginCount\": {\"N\": \"42\"}, \"active\": {\"BOOL\": true}, \"tags\": {\"SS\": [\"admin\", \"beta\"]},"
                    + " \"score\": {\"N\": \"98.6\"}, \"version\": {\"N\": \"7\"}, \"address\": {\"M\": {\"street\":"
                    + " {\"S\": \"12 Main St\"}, \"city\": {\"S\": \"London\"}, \"zip\": {\"S\": \"N1 9GU\"}}}";

    private final long latencyNanos;
    private final Semaphore pool = new Semaphore(CONNECTIONS, true);

    LatencyStub(long latencyMillis) {
        this.latencyNanos = TimeUnit.MILLISECONDS.toNanos(latencyMillis);
    }

    /** A sync client on this stub. */
    DynamoDbClient client() {
        return DynamoDbClient.builder()
                .httpClient(this)
                .region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .endpointOverride(URI.create("http://stub"))
                .build();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                pool.acquireUninterruptibly();
                try {
                    long until = System.nanoTime() + latencyNanos;
                    String body = answer(request);
                    long left = until - System.nanoTime();
                    if (left > 0) {
                        TimeUnit.NANOSECONDS.sleep(left);
                    }
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    return HttpExecuteResponse.builder()
                            .response(SdkHttpResponse.builder()
                                    .statusCode(200)
                                    .putHeader("Content-Type", "application/x-amz-json-1.0")
                                    .putHeader("Content-Length", Integer.toString(bytes.length))
                                    .build())
                            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
                            .build();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } finally {
                    pool.release();
                }
            }

            @Override
            public void abort() {}
        };
    }

    private static String answer(HttpExecuteRequest request) {
        String target =
                request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        if (target.endsWith("BatchWriteItem")) {
            return "{\"UnprocessedItems\": {}}";
        }
        String body;
        try {
            body = new String(
                    request.contentStreamProvider().orElseThrow().newStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> tables = new ArrayList<>();
        for (Map.Entry<String, JsonNode> table : JsonNode.parser()
                .parse(body)
                .field("RequestItems")
                .orElseThrow()
                .asObject()
                .entrySet()) {
            List<String> items = new ArrayList<>();
            for (JsonNode key : table.getValue().field("Keys").orElseThrow().asArray()) {
                String k = key.toString();
                items.add(k.substring(0, k.length() - 1) + USER_ATTRIBUTES + "}");
            }
            tables.add("\"" + table.getKey() + "\": [" + String.join(", ", items) + "]");
        }
        return "{\"Responses\": {" + String.join(", ", tables) + "}, \"UnprocessedKeys\": {}}";
    }

    @Override
    public void close() {}

    @Override
    public String clientName() {
        return "latency-stub";
    }
}
