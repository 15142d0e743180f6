package io.dynantic.internal.operation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A short hash of a key, so that logs can correlate requests without showing key values. Stateless. */
final class KeyHash {
    private KeyHash() {}

    /** Twelve hex digits of the SHA-256 of the key's names and values, independent of their order. */
    static String of(Map<String, AttributeValue> key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // AttributeValue.toString() hides values, so the key is spelled out here.
            for (Map.Entry<String, AttributeValue> e : new TreeMap<>(key).entrySet()) {
                AttributeValue v = e.getValue();
                String value =
                        v.s() != null ? "S" + v.s() : v.n() != null ? "N" + v.n() : v.b() != null ? "B" + v.b() : "?";
                sha.update((e.getKey() + "=" + value + "\u0000").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
