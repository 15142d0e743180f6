package io.dynantic.local.value;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A DynamoDB attribute value. Every implementation is an immutable, thread-safe record whose {@code equals}
 * follows DynamoDB's equality: numbers by value, sets regardless of order, lists in order.
 */
public sealed interface Value
        permits Value.S, Value.N, Value.B, Value.Bool, Value.Null, Value.SS, Value.NS, Value.BS, Value.L, Value.M {

    /** This value's DynamoDB type. */
    Type type();

    /** A string. */
    record S(String value) implements Value {
        public S {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Type type() {
            return Type.S;
        }
    }

    /**
     * A number, held normalised (see {@link Numbers#normalise}) so that 3.0 equals 3; numbers DynamoDB cannot
     * store are refused with its {@link io.dynantic.local.ValidationException}.
     */
    record N(BigDecimal value) implements Value {
        public N {
            value = Numbers.check(value);
        }

        /** Parses DynamoDB's string form of a number. */
        public static N of(String text) {
            return new N(Numbers.parse(text));
        }

        @Override
        public Type type() {
            return Type.N;
        }

        @Override
        public String toString() {
            return "N[" + value.toPlainString() + "]";
        }
    }

    /** A binary value; the bytes are copied in and out. */
    record B(byte[] value) implements Value {
        public B {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        /** The number of bytes. */
        public int length() {
            return value.length;
        }

        /** Whether this value starts with the bytes of {@code prefix}. */
        public boolean startsWith(B prefix) {
            return value.length >= prefix.value.length
                    && Arrays.equals(value, 0, prefix.value.length, prefix.value, 0, prefix.value.length);
        }

        /** Compares unsigned byte by byte, as DynamoDB orders binary keys. */
        int compareTo(B other) {
            return Arrays.compareUnsigned(value, other.value);
        }

        @Override
        public Type type() {
            return Type.B;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof B b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "B[" + HexFormat.of().formatHex(value) + "]";
        }
    }

    /** A boolean. */
    record Bool(boolean value) implements Value {
        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    /** The null value. */
    record Null() implements Value {
        @Override
        public Type type() {
            return Type.NULL;
        }
    }

    /** A non-empty set of strings. */
    record SS(Set<String> values) implements Value {
        public SS {
            values = copyOfNonEmptySet(values);
        }

        @Override
        public Type type() {
            return Type.SS;
        }
    }

    /** A non-empty set of numbers, each normalised and checked like {@link N}. */
    record NS(Set<BigDecimal> values) implements Value {
        public NS {
            Set<BigDecimal> normalised = new LinkedHashSet<>();
            values.forEach(v -> normalised.add(Numbers.check(v)));
            values = copyOfNonEmptySet(normalised);
        }

        @Override
        public Type type() {
            return Type.NS;
        }
    }

    /** A non-empty set of binary values. */
    record BS(Set<B> values) implements Value {
        public BS {
            values = copyOfNonEmptySet(values);
        }

        @Override
        public Type type() {
            return Type.BS;
        }
    }

    /** A list of values, in order. */
    record L(List<Value> values) implements Value {
        public L {
            values = List.copyOf(values);
        }

        @Override
        public Type type() {
            return Type.L;
        }
    }

    /** A map from names to values, keeping insertion order. */
    record M(Map<String, Value> values) implements Value {
        public M {
            values = copyOfMap(values);
        }

        @Override
        public Type type() {
            return Type.M;
        }
    }

    /** An unmodifiable copy of a map, keeping its order, refusing null keys and values. */
    private static Map<String, Value> copyOfMap(Map<String, Value> values) {
        Map<String, Value> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static <T> Set<T> copyOfNonEmptySet(Set<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a DynamoDB set cannot be empty");
        }
        Set<T> copy = new LinkedHashSet<>();
        values.forEach(v -> copy.add(Objects.requireNonNull(v)));
        return Collections.unmodifiableSet(copy);
    }
}
