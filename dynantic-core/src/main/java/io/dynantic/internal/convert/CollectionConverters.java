package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Converters for sets (SS/NS/BS), lists and other collections (L), maps (M) and optionals. */
final class CollectionConverters {
    private CollectionConverters() {}

    private static final AttributeValue NULL = AttributeValue.createNul(true);

    /** Writes an element of a list or map: Java null and unstorable values (empty sets) become NULL. */
    @SuppressWarnings("unchecked")
    private static AttributeValue element(AttributeConverter<?> converter, Object value) {
        if (value == null) {
            return NULL;
        }
        AttributeValue written = ((AttributeConverter<Object>) converter).write(value);
        return written == null ? NULL : written;
    }

    private static @Nullable Object readElement(AttributeConverter<?> converter, AttributeValue value) {
        return Boolean.TRUE.equals(value.nul()) ? converter.absent() : converter.read(value);
    }

    /** A set of strings, numbers or binaries; empty sets are not stored and read back empty. */
    static final class SetConverter<E> implements AttributeConverter<Set<E>>, NestedConverter {
        private final AttributeConverter<E> elements;
        private final Supplier<Set<E>> factory;
        private final AttributeType type;
        private final boolean distinctWhenStored;

        /**
         * @param distinctWhenStored whether distinct elements always have distinct stored forms (true for
         *     strings and whole numbers), which spares the duplicate check
         */
        SetConverter(AttributeConverter<E> elements, Supplier<Set<E>> factory, boolean distinctWhenStored) {
            this.elements = elements;
            this.factory = factory;
            this.distinctWhenStored = distinctWhenStored;
            this.type = switch (elements.type()) {
                case S -> AttributeType.SS;
                case N -> AttributeType.NS;
                case B -> AttributeType.BS;
                default -> throw new IllegalArgumentException("not a set element type: " + elements.type());
            };
        }

        @Override
        public AttributeType type() {
            return type;
        }

        @Override
        public @Nullable AttributeValue write(Set<E> value) {
            if (value.isEmpty()) {
                return null;
            }
            if (type == AttributeType.BS) {
                return binaries(value);
            }
            List<String> out = new ArrayList<>(value.size());
            // A string is stored as itself: no value is made for it.
            boolean strings = elements == ScalarConverters.STRING;
            for (E e : value) {
                out.add(strings ? element((String) nonNull(e)) : text(written(e)));
            }
            if (!distinctWhenStored) {
                checkDistinct(out);
            }
            return type == AttributeType.SS ? AttributeValue.createSs(out) : AttributeValue.createNs(out);
        }

        private AttributeValue binaries(Set<E> value) {
            List<SdkBytes> out = new ArrayList<>(value.size());
            Set<ByteBuffer> seen = new HashSet<>();
            for (E e : value) {
                SdkBytes bytes = written(e).b();
                if (!seen.add(bytes.asByteBuffer())) {
                    throw duplicate("binary value");
                }
                out.add(bytes);
            }
            return AttributeValue.createBs(out);
        }

        /**
         * Distinct Java values can share a stored form (1.0 and 1.00, or a converter's output): DynamoDB rejects
         * such a set, so find it here.
         */
        private void checkDistinct(List<String> stored) {
            Set<Object> seen = new HashSet<>(stored.size() * 2);
            for (String s : stored) {
                Object normal = type == AttributeType.NS ? new BigDecimal(s).stripTrailingZeros() : s;
                if (!seen.add(normal)) {
                    throw duplicate(s);
                }
            }
        }

        private static String element(String text) {
            int at = StorableText.unpairedSurrogate(text);
            if (at >= 0) {
                throw new InvalidValueException("an element " + StorableText.problem(text, at));
            }
            return text;
        }

        private String text(AttributeValue stored) {
            return type == AttributeType.SS ? stored.s() : stored.n();
        }

        /** An element as stored; a set cannot leave one out, so an element converter that writes nothing is refused. */
        private AttributeValue written(E e) {
            AttributeValue stored = elements.write(nonNull(e));
            if (stored == null) {
                throw new InvalidValueException(
                        "the element converter stored nothing for " + e + "; every element of a set must be stored");
            }
            return stored;
        }

        private static <E> E nonNull(E e) {
            if (e == null) {
                throw new InvalidValueException("a set cannot hold null");
            }
            return e;
        }

        private static InvalidValueException duplicate(String what) {
            return new InvalidValueException(
                    "the set holds " + what + " twice once stored; DynamoDB sets hold distinct values");
        }

        @Override
        @SuppressWarnings("unchecked")
        public Set<E> read(AttributeValue value) {
            Set<E> out = factory.get();
            switch (type) {
                case SS -> {
                    if (!value.hasSs()) {
                        throw Stored.mismatch(type, value);
                    }
                    if (elements == ScalarConverters.STRING) {
                        ((Set<Object>) out).addAll(value.ss());
                    } else {
                        for (String s : value.ss()) {
                            out.add(elements.read(AttributeValue.createS(s)));
                        }
                    }
                }
                case NS -> {
                    if (!value.hasNs()) {
                        throw Stored.mismatch(type, value);
                    }
                    for (String n : value.ns()) {
                        out.add(elements.read(AttributeValue.createN(n)));
                    }
                }
                default -> {
                    if (!value.hasBs()) {
                        throw Stored.mismatch(type, value);
                    }
                    for (SdkBytes b : value.bs()) {
                        out.add(elements.read(AttributeValue.createB(b)));
                    }
                }
            }
            return out;
        }

        @Override
        public Set<E> absent() {
            return factory.get();
        }

        @Override
        public @Nullable AttributeConverter<?> child(Object segment) {
            return segment == ELEMENT ? elements : null;
        }
    }

    /** Any collection stored as L; null elements are NULL. */
    static final class ListConverter<C extends java.util.Collection<Object>>
            implements AttributeConverter<C>, NestedConverter {
        private final AttributeConverter<?> elements;
        private final Supplier<C> factory;

        ListConverter(AttributeConverter<?> elements, Supplier<C> factory) {
            this.elements = elements;
            this.factory = factory;
        }

        @Override
        public AttributeType type() {
            return AttributeType.L;
        }

        @Override
        public AttributeValue write(C value) {
            List<AttributeValue> out = new ArrayList<>(value.size());
            int i = 0;
            for (Object e : value) {
                try {
                    out.add(element(elements, e));
                } catch (InvalidValueException ex) {
                    throw new InvalidValueException(ex.under("[" + i + "]"));
                }
                i++;
            }
            return AttributeValue.createL(out);
        }

        @Override
        public C read(AttributeValue value) {
            if (!value.hasL()) {
                throw Stored.mismatch(AttributeType.L, value);
            }
            C out = factory.get();
            List<AttributeValue> list = value.l();
            for (int i = 0; i < list.size(); i++) {
                try {
                    out.add(readElement(elements, list.get(i)));
                } catch (UnreadableValueException ex) {
                    throw ex.under("[" + i + "]");
                } catch (RuntimeException ex) {
                    throw new UnreadableValueException(InvalidValueException.messageOf(ex), ex).under("[" + i + "]");
                }
            }
            return out;
        }

        @Override
        public C absent() {
            return factory.get();
        }

        @Override
        public @Nullable AttributeConverter<?> child(Object segment) {
            return segment == ELEMENT || segment instanceof Integer ? elements : null;
        }
    }

    /** A map with string keys, stored as M; null values are NULL. */
    static final class MapConverter<M extends Map<String, Object>> implements AttributeConverter<M>, NestedConverter {
        private final AttributeConverter<?> values;
        private final Supplier<M> factory;

        MapConverter(AttributeConverter<?> values, Supplier<M> factory) {
            this.values = values;
            this.factory = factory;
        }

        @Override
        public AttributeType type() {
            return AttributeType.M;
        }

        @Override
        public AttributeValue write(M value) {
            Map<String, AttributeValue> out = new LinkedHashMap<>(Math.max(4, value.size() * 4 / 3 + 1));
            for (Map.Entry<String, Object> e : value.entrySet()) {
                if (e.getKey() == null || e.getKey().isEmpty()) {
                    throw new InvalidValueException("a map key is " + (e.getKey() == null ? "null" : "empty")
                            + "; DynamoDB attribute names have at least one character");
                }
                int at = StorableText.unpairedSurrogate(e.getKey());
                if (at >= 0) {
                    throw new InvalidValueException(
                            "the key " + StorableText.quoted(e.getKey()) + " " + StorableText.problem(e.getKey(), at));
                }
                try {
                    out.put(e.getKey(), element(values, e.getValue()));
                } catch (InvalidValueException ex) {
                    throw new InvalidValueException(ex.under(e.getKey()));
                }
            }
            return AttributeValue.createM(out);
        }

        @Override
        public M read(AttributeValue value) {
            if (!value.hasM()) {
                throw Stored.mismatch(AttributeType.M, value);
            }
            M out = factory.get();
            for (Map.Entry<String, AttributeValue> e : value.m().entrySet()) {
                try {
                    out.put(e.getKey(), readElement(values, e.getValue()));
                } catch (UnreadableValueException ex) {
                    throw ex.under(e.getKey());
                } catch (RuntimeException ex) {
                    throw new UnreadableValueException(InvalidValueException.messageOf(ex), ex).under(e.getKey());
                }
            }
            return out;
        }

        @Override
        public M absent() {
            return factory.get();
        }

        @Override
        public @Nullable AttributeConverter<?> child(Object segment) {
            return segment instanceof String ? values : null;
        }
    }

    /** {@code Optional<V>}: stored as V, empty when absent. */
    static final class OptionalConverter<V> implements AttributeConverter<Optional<V>>, NestedConverter {
        private final AttributeConverter<V> value;

        OptionalConverter(AttributeConverter<V> value) {
            this.value = value;
        }

        AttributeConverter<V> value() {
            return value;
        }

        @Override
        public AttributeType type() {
            return value.type();
        }

        @Override
        public @Nullable AttributeValue write(Optional<V> v) {
            return v.isPresent() ? value.write(v.get()) : null;
        }

        @Override
        public Optional<V> read(AttributeValue v) {
            return Optional.ofNullable(value.read(v));
        }

        @Override
        public Optional<V> absent() {
            // Absent is empty, even where the value's own absent form is not null (an empty list or set).
            return Optional.empty();
        }

        @Override
        public @Nullable AttributeConverter<?> child(Object segment) {
            return value instanceof NestedConverter n ? n.child(segment) : null;
        }
    }
}
