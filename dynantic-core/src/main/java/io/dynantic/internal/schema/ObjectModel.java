package io.dynantic.internal.schema;

import io.dynantic.internal.convert.InvalidValueException;
import io.dynantic.internal.convert.Types;
import io.dynantic.internal.convert.UnreadableValueException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
    private final ModelSchema<T> schema;
    /** For each schema field, the property that fills it (-1 for an ignored one); null when they coincide. */
    private final int @Nullable [] slots;

    private final int mapCapacity;

    ObjectModel(ModelSchema<T> schema, List<PropertyModel> properties) {
        this.type = schema.type();
        this.schema = schema;
        this.properties = properties.toArray(new PropertyModel[0]);
        int fieldCount = schema.fields().size();
        int[] slots = new int[fieldCount];
        java.util.Arrays.fill(slots, -1);
        boolean direct = fieldCount == this.properties.length;
        for (int i = 0; i < this.properties.length; i++) {
            slots[this.properties[i].field] = i;
            direct &= this.properties[i].field == i;
        }
        this.slots = direct ? null : slots;
        this.byAttribute = new HashMap<>();
        for (PropertyModel p : properties) {
            byAttribute.put(p.attributeName, p);
        }
        this.mapCapacity = (int) (this.properties.length / 0.75f) + 2;
    }

    public Class<T> type() {
        return type;
    }

    ModelSchema<T> schema() {
        return schema;
    }

    public List<PropertyModel> properties() {
        return List.of(properties);
    }

    public @Nullable PropertyModel byAttribute(String attributeName) {
        return byAttribute.get(attributeName);
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
    public T instantiate(Object[] values) {
        return schema.create(fieldValues(values, null));
    }

    /** A copy of {@code original} with new property values; ignored record components are kept. */
    public T copy(T original, Object[] values) {
        return schema.create(fieldValues(values, original));
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
                problems.addAll(new InvalidValueException(InvalidValueException.messageOf(e)).under(p.name));
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
                throw new UnreadableValueException(InvalidValueException.messageOf(e), e).under(p.attributeName);
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
     * The schema's field values for property values: an ignored record component keeps the original's value or, for
     * a record read from an item, gets its type's empty value; an ignored bean field stays unset.
     */
    private @Nullable Object[] fieldValues(@Nullable Object[] values, @Nullable T original) {
        if (slots == null) {
            return values;
        }
        List<FieldDescription> fields = schema.fields();
        Object[] out = new Object[slots.length];
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] >= 0) {
                out[i] = values[slots[i]];
            } else if (schema.isRecord()) {
                out[i] = original == null ? emptyValue(Types.raw(fields.get(i).type())) : schema.get(original, i);
            }
        }
        return out;
    }

    /** What an ignored record component gets: zero, false, an empty collection or optional, or null. */
    private static @Nullable Object emptyValue(Class<?> type) {
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
}
