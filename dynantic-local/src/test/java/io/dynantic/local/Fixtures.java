package io.dynantic.local;

import io.dynantic.local.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Short constructors of values and items for tests. */
public final class Fixtures {
    private Fixtures() {}

    public static Value.S s(String value) {
        return new Value.S(value);
    }

    public static Value.N n(String value) {
        return Value.N.of(value);
    }

    public static Value.B b(int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return new Value.B(data);
    }

    public static Value.B b(String utf8) {
        return new Value.B(utf8.getBytes(StandardCharsets.UTF_8));
    }

    public static Value.SS ss(String... values) {
        return new Value.SS(new LinkedHashSet<>(Arrays.asList(values)));
    }

    public static Value.NS ns(String... values) {
        LinkedHashSet<BigDecimal> set = new LinkedHashSet<>();
        for (String v : values) {
            set.add(new BigDecimal(v));
        }
        return new Value.NS(set);
    }

    public static Value.BS bs(Value.B... values) {
        return new Value.BS(new LinkedHashSet<>(Arrays.asList(values)));
    }

    public static Value.L l(Value... values) {
        return new Value.L(List.of(values));
    }

    public static Value.M m(Object... namesAndValues) {
        return new Value.M(item(namesAndValues));
    }

    /** An item from alternating names and values. */
    public static Map<String, Value> item(Object... namesAndValues) {
        Map<String, Value> item = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            item.put((String) namesAndValues[i], (Value) namesAndValues[i + 1]);
        }
        return item;
    }
}
