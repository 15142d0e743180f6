package io.dynantic.benchmarks;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An HTTP client for the SDK that answers at once with canned DynamoDB JSON: GetItem finds {@link Models#user()},
 * Query returns a page of {@link #PAGE} such items, PutItem and UpdateItem succeed. The network and any server are
 * out of the measurement; the SDK's marshalling, signing and unmarshalling are in it. Thread-safe.
 */
final class CannedHttpClient implements SdkHttpClient {
    /** The items of a Query page. */
    static final int PAGE = 100;

    /** {@link Models#user()} as DynamoDB JSON. */
    static final String USER = "{\"userId\": {\"S\": \"user-0001\"}, \"email\": {\"S\": \"ada@example.com\"},"
            + " \"name\": {\"S\": \"Ada Lovelace\"}, \"status\": {\"S\": \"ACTIVE\"},"
            + " \"createdAt\": {\"S\": \"2024-03-01T12:34:56.789000000Z\"}, \"balance\": {\"N\": \"1234.56\"},"
            + " \"loginCount\": {\"N\": \"42\"}, \"active\": {\"BOOL\": true}, \"tags\": {\"SS\": [\"admin\", \"beta\"]},"
            + " \"score\": {\"N\": \"98.6\"}, \"version\": {\"N\": \"7\"}, \"address\": {\"M\": {\"street\":"
            + " {\"S\": \"12 Main St\"}, \"city\": {\"S\": \"London\"}, \"zip\": {\"S\": \"N1 9GU\"}}}}";

    private static final byte[] EMPTY = "{}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] GET = ("{\"Item\": " + USER + "}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] QUERY = query();

    private static byte[] query() {
        StringJoiner items =
                new StringJoiner(", ", "{\"Items\": [", "], \"Count\": " + PAGE + ", \"ScannedCount\": " + PAGE + "}");
        for (int i = 0; i < PAGE; i++) {
            items.add(USER);
        }
        return items.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A sync client on a new canned HTTP client. */
    static DynamoDbClient client() {
        return DynamoDbClient.builder()
                .httpClient(new CannedHttpClient())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .endpointOverride(URI.create("http://canned"))
                .build();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String target =
                request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        byte[] body = target.endsWith(".GetItem") ? GET : target.endsWith(".Query") ? QUERY : EMPTY;
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder()
                                .statusCode(200)
                                .putHeader("Content-Type", "application/x-amz-json-1.0")
                                .putHeader("Content-Length", Integer.toString(body.length))
                                .build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {}
        };
    }

    @Override
    public void close() {}

    @Override
    public String clientName() {
        return "canned";
    }
}
