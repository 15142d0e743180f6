package io.dynantic.expression;

import java.util.Map;

/**
 * A map attribute with string keys (M).
 *
 * @param <T> the item type
 * @param <V> the value type
 */
public final class MapAttribute<T, V> extends Attribute<T, Map<String, V>> {
    MapAttribute(Path path) {
        super(path);
    }

    /** The value under {@code key}. */
    public ComparableAttribute<T, V> key(String key) {
        return new ComparableAttribute<>(path().then(key));
    }

    /** The number of entries. */
    public Size<T> size() {
        return new Size<>(path());
    }
}
