package io.dynantic.internal.expression;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Placeholders and what they stand for, read-only, over the list that holds them in order: element {@code i} is
 * what placeholder {@code i} ({@code #n0}, {@code :v0}, ...) stands for. Nothing is hashed, as the map's one
 * reader, the SDK, copies it once into the request with {@code forEach}; a lookup reads the index from the
 * placeholder.
 */
final class PlaceholderMap<V> extends AbstractMap<String, V> {
    private final String[] made;
    private final String prefix;
    private final List<V> list;
    private final int size;

    /**
     * @param made the first placeholders, made once
     * @param prefix what every placeholder starts with, its index following
     * @param list what the placeholders stand for; elements after the first {@code size} are not in the map, and
     *     the first {@code size} must not change
     */
    PlaceholderMap(String[] made, String prefix, List<V> list, int size) {
        this.made = made;
        this.prefix = prefix;
        this.list = list;
        this.size = size;
    }

    private String key(int i) {
        return Placeholders.placeholder(made, prefix, i);
    }

    /** The index of the placeholder, or -1 when it is not one of this map's. */
    private int index(@Nullable Object key) {
        if (!(key instanceof String s) || !s.startsWith(prefix)) {
            return -1;
        }
        int digits = s.length() - prefix.length();
        // One digit, or several without a leading zero, and few enough not to overflow.
        if (digits < 1 || digits > 9 || digits > 1 && s.charAt(prefix.length()) == '0') {
            return -1;
        }
        int index = 0;
        for (int c = prefix.length(); c < s.length(); c++) {
            char ch = s.charAt(c);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            index = index * 10 + (ch - '0');
        }
        return index < size ? index : -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return index(key) >= 0;
    }

    @Override
    public @Nullable V get(@Nullable Object key) {
        int i = index(key);
        return i < 0 ? null : list.get(i);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super V> action) {
        for (int i = 0; i < size; i++) {
            action.accept(key(i), list.get(i));
        }
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, V> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(key(i), list.get(i));
                    }
                };
            }
        };
    }
}
