package io.dynantic.local.value;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * DynamoDB's order of key values: numbers by value, strings by their UTF-8 bytes, binary by unsigned bytes.
 * Only two values of the same scalar type (S, N or B) can be compared. Stateless and thread-safe.
 */
public final class KeyOrder implements Comparator<Value> {
    /** The single instance. */
    public static final KeyOrder INSTANCE = new KeyOrder();

    private KeyOrder() {}

    /** Whether {@link #compare} accepts these two values. */
    public static boolean comparable(Value a, Value b) {
        return a.type() == b.type() && a.type().isScalarKeyType();
    }

    /**
     * Compares two values of the same scalar type.
     *
     * @throws IllegalArgumentException if the values are not both S, both N or both B
     */
    @Override
    public int compare(Value a, Value b) {
        if (a instanceof Value.N x && b instanceof Value.N y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof Value.S x && b instanceof Value.S y) {
            return Arrays.compareUnsigned(
                    x.value().getBytes(StandardCharsets.UTF_8), y.value().getBytes(StandardCharsets.UTF_8));
        }
        if (a instanceof Value.B x && b instanceof Value.B y) {
            return x.compareTo(y);
        }
        throw new IllegalArgumentException("not comparable: " + a.type() + " and " + b.type());
    }
}
