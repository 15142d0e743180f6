package io.dynantic.internal.operation;

import io.dynantic.InvalidCursorException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Page cursors: a start key as opaque, URL-safe text. A cursor holds the key attributes (names and
 * S/N/B values) and a digest over them and the table and index it came from, so a cursor from
 * another table or index, a truncated or an altered one is refused before anything is sent; so is,
 * for a query, one from another partition.
 */
final class Cursors {
    /** The cursor format: 2 since cursors belong to a query or scan and an order too (version 1 did not). */
    private static final byte VERSION = 2;

    private static final int DIGEST_BYTES = 12;

    private Cursors() {}

    /** The cursor for a start key of the read {@code spec}. */
    static String encode(ReadSpec spec, Map<String, AttributeValue> key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeByte(key.size());
            for (Map.Entry<String, AttributeValue> e : key.entrySet()) {
                out.writeUTF(e.getKey());
                AttributeValue v = e.getValue();
                byte[] value;
                if (v.s() != null) {
                    out.writeByte('S');
                    value = v.s().getBytes(StandardCharsets.UTF_8);
                } else if (v.n() != null) {
                    out.writeByte('N');
                    value = v.n().getBytes(StandardCharsets.UTF_8);
                } else {
                    out.writeByte('B');
                    value = v.b().asByteArray();
                }
                out.writeInt(value.length);
                out.write(value);
            }
            out.write(digest(spec, bytes.toByteArray()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /**
     * The start key in {@code cursor}.
     *
     * @throws InvalidCursorException when the cursor is not one this read made
     */
    static Map<String, AttributeValue> decode(ReadSpec spec, String cursor) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid(spec, "it is not URL-safe base64");
        }
        if (bytes.length <= DIGEST_BYTES + 2) {
            throw invalid(spec, "it is too short");
        }
        byte[] body = Arrays.copyOf(bytes, bytes.length - DIGEST_BYTES);
        if (body[0] != VERSION) {
            throw invalid(spec, "it was made by another version of Dynantic; start the read again");
        }
        byte[] digest = Arrays.copyOfRange(bytes, body.length, bytes.length);
        if (!MessageDigest.isEqual(digest, digest(spec, body))) {
            throw invalid(spec, "it was made for another read (table, index, query or scan, order), or it was altered");
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            in.readByte(); // the version, checked above
            int size = in.readUnsignedByte();
            for (int i = 0; i < size; i++) {
                String name = in.readUTF();
                byte type = in.readByte();
                byte[] value = new byte[in.readInt()];
                in.readFully(value);
                key.put(
                        name,
                        switch (type) {
                            case 'S' -> AttributeValue.createS(new String(value, StandardCharsets.UTF_8));
                            case 'N' -> AttributeValue.createN(new String(value, StandardCharsets.UTF_8));
                            case 'B' -> AttributeValue.createB(SdkBytes.fromByteArray(value));
                            default -> throw invalid(spec, "it holds an unknown value type");
                        });
            }
            if (in.available() != 0) {
                throw invalid(spec, "it has trailing bytes");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidCursorException invalid) {
                throw invalid;
            }
            throw invalid(spec, "it is truncated");
        }
        List<String> expected = spec.keyAttributes();
        if (!new HashSet<>(expected).equals(key.keySet())) {
            throw invalid(spec, "it holds the attributes " + key.keySet() + ", not " + expected);
        }
        Object partition = spec.partitionValue();
        if (partition != null) {
            String name = spec.partitionKey().attributeName();
            AttributeValue queried = spec.codec().keyValue(spec.partitionKey(), partition);
            if (!new TableKey("", Map.of(name, queried)).equals(new TableKey("", Map.of(name, key.get(name))))) {
                // DynamoDB would refuse it too: the starting key is outside the query's partition.
                throw invalid(spec, "it was made for another partition");
            }
        }
        return key;
    }

    private static InvalidCursorException invalid(ReadSpec spec, String why) {
        return new InvalidCursorException("not a cursor of " + where(spec) + ": " + why);
    }

    private static String where(ReadSpec spec) {
        return "table " + spec.codec().tableName()
                + (spec.index() == null ? "" : " index " + spec.index().name());
    }

    private static byte[] digest(ReadSpec spec, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(spec.scope().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return Arrays.copyOf(sha.digest(body), DIGEST_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
