package io.dynantic.internal.expression;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB's order of stored scalars: numbers by value, strings by UTF-8 bytes, binaries by unsigned bytes. */
final class StoredOrder {
    private StoredOrder() {}

    /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}; zero for different types. */
    static int compare(AttributeValue a, AttributeValue b) {
        if (a.n() != null && b.n() != null) {
            return new BigDecimal(a.n()).compareTo(new BigDecimal(b.n()));
        }
        if (a.s() != null && b.s() != null) {
            return Arrays.compareUnsigned(
                    a.s().getBytes(StandardCharsets.UTF_8), b.s().getBytes(StandardCharsets.UTF_8));
        }
        if (a.b() != null && b.b() != null) {
            return Arrays.compareUnsigned(a.b().asByteArray(), b.b().asByteArray());
        }
        return 0;
    }
}
