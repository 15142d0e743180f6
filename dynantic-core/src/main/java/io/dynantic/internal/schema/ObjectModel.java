package io.dynantic.internal.schema;

import io.dynantic.internal.convert.InvalidValueException;
import io.dynantic.internal.convert.UnreadableValueException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How a record or JavaBean maps to a DynamoDB map: its properties in declaration order and how to
 * construct it. Shared by top-level items and nested models. Immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class ObjectModel<T> {
    private final Class<T> type;
    private final PropertyModel[] properties;
    private final Map<String, PropertyModel> byAttribute;
    private final Map<String, PropertyModel> byName;
    private final Instantiator instantiator;
    private final int mapCapacity;

    /** Builds an instance from its property values, in property order. */
    interface Instantiator {
        /**
         * @param original an instance whose unmapped parts ({@code @Ignore}d record components) the new
         *     one keeps, or null for a new instance read from an item
         */
        Object create(Object[] values, Object original);
    }

    ObjectModel(Class<T> type, List<PropertyModel> properties, Instantiator instantiator) {
        this.type = type;
        this.properties = properties.toArray(new PropertyModel[0]);
        this.instantiator = instantiator;
        this.byAttribute = new HashMap<>();
        this.byName = new HashMap<>();
        for (PropertyModel p : properties) {
            byAttribute.put(p.attributeName, p);
            byName.put(p.name, p);
        }
        this.mapCapacity = (int) (this.properties.length / 0.75f) + 2;
    }

    public Class<T> type() {
        return type;
    }

    public List<PropertyModel> properties() {
        return List.of(properties);
    }

    public PropertyModel byAttribute(String attributeName) {
        return byAttribute.get(attributeName);
    }

    public PropertyModel byName(String name) {
        return byName.get(name);
    }

    /** The property values of {@code value}, in property order. */
    public Object[] values(T value) {
        Object[] out = new Object[properties.length];
        for (int i = 0; i < properties.length; i++) {
            out[i] = properties[i].get(value);
        }
        return out;
    }

    /** A new instance from property values in property order. */
    @SuppressWarnings("unchecked")
    public T instantiate(Object[] values) {
        return (T) instantiator.create(values, null);
    }

    /** A copy of {@code original} with new property values; ignored record components are kept. */
    @SuppressWarnings("unchecked")
    public T copy(T original, Object[] values) {
        return (T) instantiator.create(values, original);
    }

    /**
     * The item for {@code value}. Null values and values a converter declines (empty sets) are left
     * out.
     *
     * @throws InvalidValueException listing every property that cannot be stored
     */
    public Map<String, AttributeValue> write(T value) {
        List<InvalidValueException.Problem> problems = new ArrayList<>(0);
        Map<String, AttributeValue> item = write(value, problems);
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems);
        }
        return item;
    }

    /**
     * The item for {@code value} without the properties that cannot be stored, whose problems are
     * added to {@code problems}: so that a caller can still check the rest of the item.
     */
    public Map<String, AttributeValue> write(T value, List<InvalidValueException.Problem> problems) {
        Map<String, AttributeValue> item = new HashMap<>(mapCapacity);
        for (PropertyModel p : properties) {
            Object v = p.get(value);
            if (v == null) {
                continue;
            }
            try {
                AttributeValue av = p.converter.write(v);
                if (av != null) {
                    item.put(p.attributeName, av);
                }
            } catch (InvalidValueException e) {
                problems.addAll(e.under(p.name));
            } catch (IllegalArgumentException e) {
                problems.addAll(new InvalidValueException(e.getMessage()).under(p.name));
            }
        }
        return item;
    }

    /**
     * The model instance for a stored item. Attributes the model does not know are ignored.
     *
     * @throws UnreadableValueException naming the attribute that does not fit
     */
    public T read(Map<String, AttributeValue> item) {
        Object[] values = new Object[properties.length];
        for (int i = 0; i < properties.length; i++) {
            PropertyModel p = properties[i];
            AttributeValue av = item.get(p.attributeName);
            try {
                if (av == null || av.nul() != null) {
                    Object absent = p.converter.absent();
                    if (absent == null && p.required) {
                        throw new UnreadableValueException(
                                "the attribute is missing but the field requires a value", null);
                    }
                    values[i] = absent;
                } else {
                    values[i] = p.converter.read(av);
                }
            } catch (UnreadableValueException e) {
                throw e.under(p.attributeName);
            } catch (RuntimeException e) {
                throw new UnreadableValueException(e.getMessage(), e).under(p.attributeName);
            }
        }
        try {
            return instantiate(values);
        } catch (RuntimeException e) {
            // A record's compact constructor or a bean's setter refused the stored values.
            throw new UnreadableValueException(type.getSimpleName() + " refused the stored values: " + e, e);
        }
    }

    /**
     * Constructs a record from property values; {@code slots[i]} is the property that fills the i-th
     * component, or -1 for an ignored component, which keeps the original's value or, for a record
     * read from an item, gets its type's empty value.
     */
    static Instantiator forRecord(Constructor<?> canonical, int[] slots) {
        Class<?>[] types = canonical.getParameterTypes();
        java.lang.reflect.RecordComponent[] components =
                canonical.getDeclaringClass().getRecordComponents();
        Method[] ignored = new Method[slots.length];
        boolean direct = true;
        for (int i = 0; i < slots.length; i++) {
            direct &= slots[i] == i;
            if (slots[i] < 0) {
                ignored[i] = components[i].getAccessor();
                ignored[i].setAccessible(true);
            }
        }
        if (direct) {
            return (values, original) -> construct(canonical, values);
        }
        return (values, original) -> {
            Object[] args = new Object[slots.length];
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] >= 0) {
                    args[i] = values[slots[i]];
                } else {
                    args[i] = original == null ? emptyValue(types[i]) : invoke(ignored[i], original, NO_ARGUMENTS);
                }
            }
            return construct(canonical, args);
        };
    }

    /** What an ignored record component gets: zero, false, an empty collection or optional, or null. */
    private static Object emptyValue(Class<?> type) {
        if (type.isPrimitive()) {
            return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
        }
        if (type == java.util.Optional.class) {
            return java.util.Optional.empty();
        }
        if (type == java.util.List.class || type == java.util.Collection.class || type == ArrayList.class) {
            return new ArrayList<>();
        }
        if (type == java.util.Set.class || type == java.util.LinkedHashSet.class) {
            return new java.util.LinkedHashSet<>();
        }
        if (type == java.util.SortedSet.class
                || type == java.util.NavigableSet.class
                || type == java.util.TreeSet.class) {
            return new java.util.TreeSet<>();
        }
        if (type == java.util.Map.class || type == java.util.LinkedHashMap.class) {
            return new java.util.LinkedHashMap<>();
        }
        return null;
    }

    static Instantiator forBean(Constructor<?> noArg, Method[] setters) {
        return (values, original) -> {
            Object bean = construct(noArg, NO_ARGUMENTS);
            for (int i = 0; i < setters.length; i++) {
                if (values[i] != null) {
                    invoke(setters[i], bean, values[i]);
                }
            }
            return bean;
        };
    }

    /** A property getter by reflection. */
    static PropertyModel.Getter getter(Method accessor) {
        return owner -> invoke(accessor, owner, NO_ARGUMENTS);
    }

    private static final Object[] NO_ARGUMENTS = {};

    private static Object construct(Constructor<?> constructor, Object... args) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }
}
