package io.dynantic.local.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.local.Engine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The engine over HTTP on loopback: an SDK client with an endpoint, and the answers DynamoDB gives to non-API calls. */
class LocalServerTest {
    private final LocalServer server = LocalServer.start(Engine.create(), 0);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anSdkClientWithTheEndpointUsesTheEngine() {
        assertThat(server.endpoint().toString()).startsWith("http://127.0.0.1:");
        try (DynamoDbClient client = DynamoDbClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .build()) {
            client.createTable(r -> r.tableName("over-http")
                    .billingMode("PAY_PER_REQUEST")
                    .keySchema(k -> k.attributeName("id").keyType("HASH"))
                    .attributeDefinitions(a -> a.attributeName("id").attributeType("S")));
            assertThat(client.listTables().tableNames()).containsExactly("over-http");
        }
    }

    @Test
    void aGetIsAHealthCheckAndOtherRequestsAreNotOperations() throws Exception {
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(server.endpoint()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("healthy: dynamodb.us-east-1.amazonaws.com ");

        HttpResponse<String> notJson = http.send(
                HttpRequest.newBuilder(server.endpoint())
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notJson.statusCode()).isEqualTo(404);
        assertThat(notJson.body()).isEqualTo("<UnknownOperationException/>\n");
    }

    @Test
    void theContentTypeIsEchoedAndTheBodyChecksummed() throws Exception {
        HttpResponse<String> reply = http.send(
                HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
                        .header("Content-Type", "application/json")
                        .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"TableNames\":[]}");
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/json");
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(reply.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(reply.headers().firstValue("x-amz-crc32")).hasValue(Long.toString(crc.getValue()));
        assertThat(reply.headers().firstValue("x-amzn-RequestId")).isPresent();
    }
}
