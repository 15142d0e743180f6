package io.dynantic.local.sdk;

import io.dynantic.local.Engine;
import io.dynantic.local.wire.Protocol;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * An {@link SdkAsyncHttpClient} that hands each request to an {@link Engine} in the same JVM, without a socket. The
 * engine answers on the thread that delivers the request body. Thread-safe.
 */
public final class LocalAsyncHttpClient implements SdkAsyncHttpClient {
    private final Protocol protocol;

    private LocalAsyncHttpClient(Engine engine) {
        this.protocol = new Protocol(engine);
    }

    /** A client of {@code engine}. */
    public static LocalAsyncHttpClient of(Engine engine) {
        return new LocalAsyncHttpClient(engine);
    }

    @Override
    public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        read(request.requestContentPublisher()).whenComplete((body, failure) -> {
            if (failure != null) {
                request.responseHandler().onError(failure);
                done.completeExceptionally(failure);
                return;
            }
            Protocol.Reply reply = protocol.handle(Exchange.target(request.request()), body);
            request.responseHandler().onHeaders(Exchange.response(reply));
            request.responseHandler().onStream(new SingleBuffer(ByteBuffer.wrap(reply.body()), done));
        });
        return done;
    }

    /** Collects a request body. */
    private static CompletableFuture<byte[]> read(Publisher<ByteBuffer> content) {
        CompletableFuture<byte[]> body = new CompletableFuture<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        content.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer buffer) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }

            @Override
            public void onError(Throwable failure) {
                body.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                body.complete(bytes.toByteArray());
            }
        });
        return body;
    }

    /** Publishes one buffer to one subscriber, then completes it and {@code done}. */
    private static final class SingleBuffer implements Publisher<ByteBuffer> {
        private final ByteBuffer buffer;
        private final CompletableFuture<Void> done;

        SingleBuffer(ByteBuffer buffer, CompletableFuture<Void> done) {
            this.buffer = buffer;
            this.done = done;
        }

        @Override
        public void subscribe(Subscriber<? super ByteBuffer> subscriber) {
            AtomicBoolean finished = new AtomicBoolean();
            subscriber.onSubscribe(new Subscription() {
                @Override
                public void request(long n) {
                    if (n <= 0) {
                        if (finished.compareAndSet(false, true)) {
                            IllegalArgumentException failure =
                                    new IllegalArgumentException("request(n) needs n > 0 (reactive streams §3.9)");
                            subscriber.onError(failure);
                            done.completeExceptionally(failure);
                        }
                    } else if (finished.compareAndSet(false, true)) {
                        subscriber.onNext(buffer);
                        subscriber.onComplete();
                        done.complete(null);
                    }
                }

                @Override
                public void cancel() {
                    if (finished.compareAndSet(false, true)) {
                        done.complete(null);
                    }
                }
            });
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
