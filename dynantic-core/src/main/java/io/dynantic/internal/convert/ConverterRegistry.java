package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeConverterFactory;
import io.dynantic.convert.AttributeType;
import io.dynantic.convert.ConverterLookup;
import io.dynantic.convert.InstantFormat;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Finds the converter for a type: the user's converters by class first, then the user's factories,
 * then the built-ins, then the model factory for nested records and beans. Results are cached;
 * recursive types resolve through a deferred converter.
 */
public final class ConverterRegistry implements ConverterLookup {

    private final Map<Class<?>, AttributeConverter<?>> byClass;
    private final List<AttributeConverterFactory> factories;
    private final InstantFormat instantFormat;
    private final Map<Type, AttributeConverter<?>> cache = new ConcurrentHashMap<>();
    private final Map<Type, Deferred<?>> resolving = new HashMap<>();
    /**
     * Converters found while an outer type is still being resolved (guarded by {@code resolving}): published to
     * the cache only when it resolves, since they may stand on its {@link Deferred}; dropped when it fails.
     */
    private final Map<Type, AttributeConverter<?>> provisional = new HashMap<>();

    /**
     * @param byClass the user's converters by exact class
     * @param factories the user's factories, then the model factory, which comes last
     * @param instantFormat how the built-in converter stores {@code Instant}s
     */
    public ConverterRegistry(
            Map<Class<?>, AttributeConverter<?>> byClass,
            List<AttributeConverterFactory> factories,
            InstantFormat instantFormat) {
        this.byClass = Map.copyOf(byClass);
        this.factories = List.copyOf(factories);
        this.instantFormat = instantFormat;
    }

    /**
     * Returns the converter for {@code type}.
     *
     * @throws UnsupportedTypeException when nothing converts it; the message says why and what to do
     */
    @Override
    public AttributeConverter<?> find(Type type) {
        AttributeConverter<?> cached = cache.get(type);
        if (cached != null) {
            return cached;
        }
        synchronized (resolving) {
            cached = cache.get(type);
            if (cached == null) {
                cached = provisional.get(type);
            }
            if (cached != null) {
                return cached;
            }
            Deferred<?> pending = resolving.get(type);
            if (pending != null) {
                return pending;
            }
            boolean outermost = resolving.isEmpty();
            Deferred<Object> deferred = new Deferred<>();
            resolving.put(type, deferred);
            try {
                AttributeConverter<?> found = resolve(type);
                deferred.target = cast(found);
                provisional.put(type, found);
                if (outermost) {
                    cache.putAll(provisional);
                }
                return found;
            } finally {
                resolving.remove(type);
                if (outermost) {
                    provisional.clear();
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static AttributeConverter<Object> cast(AttributeConverter<?> c) {
        return (AttributeConverter<Object>) c;
    }

    private AttributeConverter<?> resolve(Type type) {
        Class<?> raw = Types.raw(type);
        // A converter registered for a wrapper (Long) converts its primitive (long) too, as it does list elements.
        AttributeConverter<?> exact = byClass.get(raw.isPrimitive() ? Types.boxed(raw) : raw);
        if (exact != null) {
            return exact;
        }
        for (AttributeConverterFactory f : factories.subList(0, factories.size() - 1)) {
            AttributeConverter<?> c = f.create(type, this);
            if (c != null) {
                return c;
            }
        }
        AttributeConverter<?> builtIn = builtIn(type, raw);
        if (builtIn != null) {
            return builtIn;
        }
        AttributeConverter<?> model = factories.get(factories.size() - 1).create(type, this);
        if (model != null) {
            return model;
        }
        throw new UnsupportedTypeException(
                Types.describe(type)
                        + " is not a supported type; use @Convert, register a converter on Dynantic.builder(), or @Ignore the field");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private @Nullable AttributeConverter<?> builtIn(Type type, Class<?> raw) {
        AttributeConverter<?> scalar = ScalarConverters.forClass(raw);
        if (scalar != null) {
            return scalar;
        }
        if (raw == Instant.class) {
            return InstantConverter.of(instantFormat);
        }
        if (raw.isEnum()) {
            return ScalarConverters.forEnum((Class) raw);
        }
        if (raw == Optional.class) {
            return new CollectionConverters.OptionalConverter<>(find(Types.argument(type, 0)));
        }
        if (Set.class.isAssignableFrom(raw)) {
            Type elementType = Types.argument(type, 0);
            AttributeConverter<?> elements = elementType == Object.class ? null : elementOf(type, elementType);
            // A converter still being resolved belongs to a model that holds itself: a map, never a set element.
            if (elements == null
                    || elements instanceof Deferred
                    || !elements.type().isKeyType()) {
                throw new UnsupportedTypeException(Types.describe(type)
                        + " is not a supported set element type; use String, a number type or byte[]");
            }
            return new CollectionConverters.SetConverter(
                    elements, setFactory(type, raw), distinctWhenStored(elementType));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return new CollectionConverters.ListConverter(
                    elementOf(type, Types.argument(type, 0)), listFactory(type, raw));
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type keyType = Types.argument(type, 0);
            if (keyType != String.class) {
                throw new UnsupportedTypeException(
                        Types.describe(type)
                                + " is not supported: map keys must be String; convert the map with @Convert or a registered converter");
            }
            return new CollectionConverters.MapConverter(
                    elementOf(type, Types.argument(type, 1)), mapFactory(type, raw));
        }
        return null;
    }

    private AttributeConverter<?> elementOf(Type container, Type element) {
        if (element == Object.class) {
            throw new UnsupportedTypeException(
                    Types.describe(container) + " needs a concrete element type; declare it, such as List<String>");
        }
        try {
            return find(element);
        } catch (UnsupportedTypeException e) {
            throw new UnsupportedTypeException(e.getMessage() + "\n  for the elements of " + Types.describe(container));
        }
    }

    private static boolean distinctWhenStored(Type element) {
        return element == String.class
                || element == Integer.class
                || element == Long.class
                || element == Short.class
                || element == Byte.class
                || element == BigInteger.class
                || element == UUID.class
                || Types.raw(element).isEnum();
    }

    private static Supplier<?> setFactory(Type type, Class<?> raw) {
        if (raw == Set.class || raw == LinkedHashSet.class) {
            return NewCollection.LINKED_SET;
        }
        if (raw == SortedSet.class || raw == NavigableSet.class || raw == TreeSet.class) {
            return NewCollection.TREE_SET;
        }
        return concrete(type, raw);
    }

    private static Supplier<?> listFactory(Type type, Class<?> raw) {
        if (raw.isAssignableFrom(ArrayList.class)) {
            return NewCollection.LIST;
        }
        return concrete(type, raw);
    }

    private static Supplier<?> mapFactory(Type type, Class<?> raw) {
        if (raw.isAssignableFrom(LinkedHashMap.class)) {
            return NewCollection.LINKED_MAP;
        }
        if (raw.isAssignableFrom(java.util.TreeMap.class)) {
            return NewCollection.TREE_MAP;
        }
        return concrete(type, raw);
    }

    /** The standard collections, made without lambdas (whose first use costs a cold start). */
    private enum NewCollection implements Supplier<Object> {
        LINKED_SET,
        TREE_SET,
        LIST,
        LINKED_MAP,
        TREE_MAP;

        @Override
        public Object get() {
            return switch (this) {
                case LINKED_SET -> new LinkedHashSet<>();
                case TREE_SET -> new TreeSet<>();
                case LIST -> new ArrayList<>();
                case LINKED_MAP -> new LinkedHashMap<>();
                case TREE_MAP -> new java.util.TreeMap<>();
            };
        }
    }

    private static Supplier<?> concrete(Type type, Class<?> raw) {
        try {
            if (Modifier.isAbstract(raw.getModifiers())) {
                throw new NoSuchMethodException();
            }
            var constructor = raw.getConstructor();
            return () -> {
                try {
                    return constructor.newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot create " + raw.getName(), e);
                }
            };
        } catch (NoSuchMethodException e) {
            throw new UnsupportedTypeException(
                    Types.describe(type)
                            + " is not supported: declare the field as List, Set, SortedSet, Collection or Map, or use a class with a public no-argument constructor");
        }
    }

    /**
     * The converter {@code converter} stands for: itself, or for a recursive model's reference the converter it was
     * resolved to; null while that is still being resolved.
     */
    public static @Nullable AttributeConverter<?> resolved(AttributeConverter<?> converter) {
        return converter instanceof Deferred<?> deferred ? deferred.target : converter;
    }

    /** Stands in for a converter while its type is being resolved, for recursive models. */
    private static final class Deferred<V> implements AttributeConverter<V> {
        /** Null until the type is resolved; converters are used only once {@link #find} has returned. */
        private volatile @Nullable AttributeConverter<V> target;

        private AttributeConverter<V> target() {
            return Objects.requireNonNull(target, "a converter used while its type was being resolved");
        }

        @Override
        public AttributeType type() {
            return target().type();
        }

        @Override
        public @Nullable AttributeValue write(V value) {
            return target().write(value);
        }

        @Override
        public V read(AttributeValue value) {
            return target().read(value);
        }

        @Override
        public @Nullable V absent() {
            return target().absent();
        }
    }
}
