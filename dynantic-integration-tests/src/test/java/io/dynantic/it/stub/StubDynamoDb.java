package io.dynantic.it.stub;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A stand-in for DynamoDB's batch API at the HTTP level, for faults that a real server here never
 * produces: unprocessed items and keys, throttling, server errors. It stores items of tables whose
 * key is one string attribute {@code id}, counts how often each was written, and answers the real
 * SDK client (sync or async) with DynamoDB's JSON. Thread-safe.
 */
public final class StubDynamoDb implements SdkHttpClient, SdkAsyncHttpClient {
    /** What the stub does with one request. */
    public enum Answer {
        /** Does the whole request. */
        ALL,
        /** Does the first half of the request (at least one item) and leaves the rest unprocessed. */
        HALF,
        /** Answers 400 ProvisionedThroughputExceededException. */
        THROTTLE,
        /** Answers 500 InternalServerError. */
        SERVER_ERROR,
        /** Answers 400 ValidationException. */
        INVALID,
        /**
         * Answers a transaction with 400 TransactionCanceledException, its last action in conflict with another
         * transaction in progress (DynamoDB's answer to a TransactGetItems that meets an ongoing write).
         */
        CONFLICT,
        /** Answers 500 only after a second: a client with a shorter attempt timeout gives up first. */
        SLOW
    }

    /** Decides the answer to the n-th batch request (from 1). */
    public interface Script {
        Answer answer(int request);
    }

    private final Script script;
    private final Predicate<String> neverDone;
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, JsonNode> items = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> puts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> deletes = new ConcurrentHashMap<>();

    /**
     * @param script the answer to each request
     * @param neverDone ids that are always left unprocessed, whatever the answer
     */
    public StubDynamoDb(Script script, Predicate<String> neverDone) {
        this.script = script;
        this.neverDone = neverDone;
    }

    /** A sync client on this stub, without the SDK's own retries (the library's are under test). */
    public DynamoDbClient client() {
        return client(null);
    }

    /** The same, giving up a call attempt after {@code attemptTimeout} (none when null). */
    public DynamoDbClient client(@Nullable Duration attemptTimeout) {
        return configured(DynamoDbClient.builder().httpClient(this), attemptTimeout)
                .build();
    }

    /** An async client on this stub, without the SDK's own retries. */
    public DynamoDbAsyncClient asyncClient() {
        return asyncClient(null);
    }

    /** The same, giving up a call attempt after {@code attemptTimeout} (none when null). */
    public DynamoDbAsyncClient asyncClient(@Nullable Duration attemptTimeout) {
        return configured(DynamoDbAsyncClient.builder().httpClient(this), attemptTimeout)
                .build();
    }

    private static <B extends AwsClientBuilder<B, ?>> B configured(B builder, @Nullable Duration attemptTimeout) {
        return builder.region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .endpointOverride(URI.create("http://stub"))
                .overrideConfiguration(
                        c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallAttemptTimeout(attemptTimeout));
    }

    /** How many times the item with {@code id} was put. */
    public int puts(String id) {
        AtomicInteger n = puts.get(id);
        return n == null ? 0 : n.get();
    }

    /** How many times the item with {@code id} was deleted. */
    public int deletes(String id) {
        AtomicInteger n = deletes.get(id);
        return n == null ? 0 : n.get();
    }

    /** Stores an item directly, as if written earlier. */
    public void store(String id, String name) {
        items.put(
                id, JsonNode.parser().parse("{\"id\": {\"S\": \"" + id + "\"}, \"name\": {\"S\": \"" + name + "\"}}"));
    }

    /** How many batch requests were answered. */
    public int requests() {
        return requests.get();
    }

    private record Reply(int status, String body) {}

    private Reply handle(String target, String body) {
        JsonNode request = JsonNode.parser().parse(body);
        Answer answer = script.answer(requests.incrementAndGet());
        switch (answer) {
            case THROTTLE -> {
                return error(400, "ProvisionedThroughputExceededException", "throttled by the stub");
            }
            case SERVER_ERROR -> {
                return error(500, "InternalServerError", "the stub failed");
            }
            case INVALID -> {
                return error(400, "ValidationException", "the stub refused the request");
            }
            case SLOW -> {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    // The client timed out and interrupted its call: the answer goes nowhere.
                }
                return error(500, "InternalServerError", "the stub answered too late");
            }
            case CONFLICT -> {
                return conflict(
                        request.field("TransactItems").orElseThrow().asArray().size());
            }
            default -> {}
        }
        boolean half = answer == Answer.HALF;
        if (target.endsWith("BatchWriteItem")) {
            return new Reply(
                    200,
                    "{\"UnprocessedItems\": "
                            + write(request.field("RequestItems").orElseThrow(), half) + "}");
        }
        if (target.endsWith("TransactWriteItems")) {
            return transact(request, body);
        }
        if (target.endsWith("BatchGetItem")) {
            return new Reply(200, get(request.field("RequestItems").orElseThrow(), half));
        }
        return error(400, "ValidationException", "the stub only answers batch requests, not " + target);
    }

    private String write(JsonNode requestItems, boolean half) {
        Map<String, List<String>> left = new LinkedHashMap<>();
        requestItems.asObject().forEach((table, writes) -> {
            List<JsonNode> all = writes.asArray();
            int done = half ? Math.max(1, (all.size() + 1) / 2) : all.size();
            for (int i = 0; i < all.size(); i++) {
                JsonNode w = all.get(i);
                JsonNode put = w.field("PutRequest").orElse(null);
                JsonNode item = put != null
                        ? put.field("Item").orElseThrow()
                        : w.field("DeleteRequest").orElseThrow().field("Key").orElseThrow();
                String id =
                        item.field("id").orElseThrow().field("S").orElseThrow().asString();
                if (i >= done || neverDone.test(id)) {
                    left.computeIfAbsent(table, t -> new ArrayList<>()).add(w.toString());
                } else if (put != null) {
                    items.put(id, item);
                    puts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                } else {
                    items.remove(id);
                    deletes.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                }
            }
        });
        return tables(left, list -> "[" + String.join(", ", list) + "]");
    }

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /**
     * A transaction of puts, idempotent as DynamoDB's: a token seen before with the same actions is
     * answered without applying them again, with other actions refused.
     */
    private Reply transact(JsonNode request, String body) {
        String token =
                request.field("ClientRequestToken").map(JsonNode::asString).orElse(null);
        String actions = request.field("TransactItems").orElseThrow().toString();
        if (token != null) {
            String earlier = tokens.putIfAbsent(token, actions);
            if (earlier != null) {
                return earlier.equals(actions)
                        ? new Reply(200, "{}")
                        : error(400, "IdempotentParameterMismatchException", "the token was used for other actions");
            }
        }
        for (JsonNode action : request.field("TransactItems").orElseThrow().asArray()) {
            JsonNode item = action.field("Put").orElseThrow().field("Item").orElseThrow();
            String id = item.field("id").orElseThrow().field("S").orElseThrow().asString();
            items.put(id, item);
            puts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        }
        return new Reply(200, "{}");
    }

    private String get(JsonNode requestItems, boolean half) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        Map<String, List<String>> left = new LinkedHashMap<>();
        requestItems.asObject().forEach((table, keysAndAttributes) -> {
            List<JsonNode> keys = keysAndAttributes.field("Keys").orElseThrow().asArray();
            int done = half ? Math.max(1, (keys.size() + 1) / 2) : keys.size();
            found.put(table, new ArrayList<>());
            for (int i = 0; i < keys.size(); i++) {
                String id = keys.get(i)
                        .field("id")
                        .orElseThrow()
                        .field("S")
                        .orElseThrow()
                        .asString();
                if (i >= done || neverDone.test(id)) {
                    left.computeIfAbsent(table, t -> new ArrayList<>())
                            .add(keys.get(i).toString());
                } else if (items.containsKey(id)) {
                    found.get(table).add(items.get(id).toString());
                }
            }
        });
        return "{\"Responses\": " + tables(found, list -> "[" + String.join(", ", list) + "]")
                + ", \"UnprocessedKeys\": " + tables(left, list -> "{\"Keys\": [" + String.join(", ", list) + "]}")
                + "}";
    }

    private static String tables(
            Map<String, List<String>> byTable, java.util.function.Function<List<String>, String> value) {
        List<String> entries = new ArrayList<>();
        byTable.forEach((table, list) -> entries.add("\"" + table + "\": " + value.apply(list)));
        return "{" + String.join(", ", entries) + "}";
    }

    private static Reply conflict(int actions) {
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < actions - 1; i++) {
            reasons.add("{\"Code\": \"None\"}");
        }
        reasons.add("{\"Code\": \"TransactionConflict\", \"Message\": \"Transaction is ongoing for the item\"}");
        return new Reply(
                400,
                "{\"__type\": \"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\", \"Message\":"
                        + " \"Transaction cancelled, please refer cancellation reasons for specific reasons\","
                        + " \"CancellationReasons\": [" + String.join(", ", reasons) + "]}");
    }

    private static Reply error(int status, String type, String message) {
        return new Reply(
                status,
                "{\"__type\": \"com.amazonaws.dynamodb.v20120810#" + type + "\", \"message\": \"" + message + "\"}");
    }

    private static SdkHttpResponse headers(Reply reply) {
        return SdkHttpResponse.builder()
                .statusCode(reply.status())
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("Content-Length", Integer.toString(reply.body().getBytes(StandardCharsets.UTF_8).length))
                .build();
    }

    // ---------------------------------------------------------------- sync HTTP

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                String body;
                try {
                    body = new String(
                            request.contentStreamProvider()
                                    .orElseThrow()
                                    .newStream()
                                    .readAllBytes(),
                            StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Reply reply = handle(
                        request.httpRequest()
                                .firstMatchingHeader("X-Amz-Target")
                                .orElseThrow(),
                        body);
                return HttpExecuteResponse.builder()
                        .response(headers(reply))
                        .responseBody(AbortableInputStream.create(
                                new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8))))
                        .build();
            }

            @Override
            public void abort() {}
        };
    }

    // ---------------------------------------------------------------- async HTTP

    @Override
    public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        request.requestContentPublisher().subscribe(new Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer buffer) {
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                body.write(bytes, 0, bytes.length);
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                Reply reply = handle(
                        request.request().firstMatchingHeader("X-Amz-Target").orElseThrow(),
                        body.toString(StandardCharsets.UTF_8));
                request.responseHandler().onHeaders(headers(reply));
                request.responseHandler()
                        .onStream(single(ByteBuffer.wrap(reply.body().getBytes(StandardCharsets.UTF_8))));
                done.complete(null);
            }
        });
        return done;
    }

    /** A publisher of one buffer. */
    private static Publisher<ByteBuffer> single(ByteBuffer buffer) {
        return subscriber -> subscriber.onSubscribe(new Subscription() {
            private boolean sent;

            @Override
            public synchronized void request(long n) {
                if (!sent && n > 0) {
                    sent = true;
                    subscriber.onNext(buffer);
                    subscriber.onComplete();
                }
            }

            @Override
            public void cancel() {
                sent = true;
            }
        });
    }

    @Override
    public void close() {}

    @Override
    public String clientName() {
        return "stub";
    }
}
