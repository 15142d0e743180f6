package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unmodifiable copies that keep order; {@code null} stays {@code null} or becomes empty as asked. */
final class Copies {
    private Copies() {}

    static Map<String, Value> item(Map<String, Value> item) {
        return item == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(item));
    }

    static <V> Map<String, V> orEmpty(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
