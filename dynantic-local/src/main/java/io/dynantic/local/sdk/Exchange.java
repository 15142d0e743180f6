package io.dynantic.local.sdk;

import io.dynantic.local.wire.Protocol;
import java.util.UUID;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/** What the two in-process clients share: reading the action from a request and the headers of an answer. */
final class Exchange {
    private Exchange() {}

    static String target(SdkHttpRequest request) {
        return request.firstMatchingHeader("X-Amz-Target").orElse(null);
    }

    static SdkHttpResponse response(Protocol.Reply reply) {
        return SdkHttpResponse.builder()
                .statusCode(reply.status())
                .putHeader("Content-Type", Protocol.CONTENT_TYPE)
                .putHeader("Content-Length", Integer.toString(reply.body().length))
                .putHeader("x-amz-crc32", Long.toString(reply.crc32()))
                .putHeader("x-amzn-RequestId", UUID.randomUUID().toString())
                .build();
    }
}
