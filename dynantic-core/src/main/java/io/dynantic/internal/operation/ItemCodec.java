package io.dynantic.internal.operation;

import io.dynantic.ItemValidationException;
import io.dynantic.ItemValidationException.Violation;
import io.dynantic.Key;
import io.dynantic.MappingException;
import io.dynantic.convert.AttributeConverter;
import io.dynantic.expression.Path;
import io.dynantic.internal.convert.DynamicConverter;
import io.dynantic.internal.convert.InvalidValueException;
import io.dynantic.internal.convert.NestedConverter;
import io.dynantic.internal.convert.UnreadableValueException;
import io.dynantic.internal.schema.EntityModel;
import io.dynantic.internal.schema.IndexModel;
import io.dynantic.internal.schema.PropertyModel;
import io.dynantic.internal.schema.TableModel;
import io.dynantic.internal.validation.BeanValidation;
import io.dynantic.internal.validation.Nesting;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns a table's items and keys into DynamoDB attribute maps and back, with every check that must
 * pass before a request is sent: bean constraints, DynamoDB's value limits, keys, the item size.
 * Shared by every operation on the table, sync and async. Immutable and thread-safe.
 *
 * @param <T> the table's model type
 */
public final class ItemCodec<T> {
    private final TableModel<T> model;
    private final String tableName;
    private final DynamicConverter dynamic;
    private final BeanValidation validation;
    private final Clock clock;
    private final ItemWrites<T> writes;

    public ItemCodec(
            TableModel<T> model, String tableName, DynamicConverter dynamic, BeanValidation validation, Clock clock) {
        this.model = model;
        this.tableName = tableName;
        this.dynamic = dynamic;
        this.validation = validation;
        this.clock = clock;
        this.writes = new ItemWrites<>(model, validation, clock);
    }

    public TableModel<T> model() {
        return model;
    }

    /** How this model's items become writes. */
    ItemWrites<T> writes() {
        return writes;
    }

    public String tableName() {
        return tableName;
    }

    private String typeName() {
        return model.type().getSimpleName();
    }

    /**
     * The index of this name.
     *
     * @throws IllegalArgumentException when the model declares none
     */
    public IndexModel index(String name) {
        IndexModel index = model.index(java.util.Objects.requireNonNull(name, "name"));
        if (index == null) {
            throw new IllegalArgumentException(typeName() + " declares no index \"" + name + "\"; its indexes: "
                    + model.indexes().stream().map(IndexModel::name).sorted().toList());
        }
        return index;
    }

    // ---------------------------------------------------------------- keys

    /** The key attributes for {@code key}, checked against the model's key types. */
    public Map<String, AttributeValue> key(Key key) {
        if (key == null) {
            throw new ItemValidationException(List.of(new Violation(typeName(), "the key is null")));
        }
        PropertyModel pk = model.partitionKey();
        PropertyModel sk = model.sortKey();
        List<Violation> problems = new ArrayList<>();
        if (sk == null && key.sort() != null) {
            problems.add(new Violation(
                    typeName(), "the table has no sort key, but the key has a sort value; use Key.of(partitionKey)"));
        }
        if (sk != null && key.sort() == null) {
            problems.add(new Violation(
                    typeName() + "." + sk.name(), "the sort key value is missing; use Key.of(partitionKey, sortKey)"));
        }
        Map<String, AttributeValue> out = new HashMap<>(4);
        encodeKey(pk, key.partition(), out, problems);
        if (sk != null && key.sort() != null) {
            encodeKey(sk, key.sort(), out, problems);
        }
        if (!problems.isEmpty()) {
            throw new ItemValidationException(problems);
        }
        return out;
    }

    private void encodeKey(PropertyModel p, Object value, Map<String, AttributeValue> out, List<Violation> problems) {
        String where = typeName() + "." + p.name();
        Object typed = coerce(p, value);
        if (typed == null) {
            problems.add(new Violation(
                    where,
                    "a key value of type " + value.getClass().getSimpleName() + " was given, but the field is "
                            + io.dynantic.internal.convert.Types.describe(p.type())));
            return;
        }
        try {
            AttributeValue av = p.converter().write(typed);
            String emptiness = emptyKey(av);
            if (emptiness != null) {
                problems.add(new Violation(where, emptiness));
            } else {
                out.put(p.attributeName(), av);
            }
        } catch (InvalidValueException e) {
            problems.add(new Violation(where, e.getMessage()));
        } catch (IllegalArgumentException e) {
            problems.add(new Violation(where, e.getMessage()));
        }
    }

    /**
     * A value of a key field (of the table or an index) as stored, checked as {@link #key} checks keys.
     *
     * @throws ItemValidationException when the value does not fit the field or is empty
     */
    public AttributeValue keyValue(PropertyModel p, Object value) {
        List<Violation> problems = new ArrayList<>(1);
        Map<String, AttributeValue> out = new HashMap<>(2);
        encodeKey(p, java.util.Objects.requireNonNull(value, p.name()), out, problems);
        if (!problems.isEmpty()) {
            throw new ItemValidationException(problems);
        }
        return out.get(p.attributeName());
    }

    /** The value as the key field's own type, converting between number types exactly; null if impossible. */
    private static Object coerce(PropertyModel p, Object value) {
        Class<?> target = boxed(p.rawType());
        if (target.isInstance(value)) {
            return value;
        }
        if (value instanceof Number n && Number.class.isAssignableFrom(target)) {
            try {
                BigDecimal d = new BigDecimal(n.toString());
                if (target == Long.class) {
                    return d.longValueExact();
                }
                if (target == Integer.class) {
                    return d.intValueExact();
                }
                if (target == Short.class) {
                    return d.shortValueExact();
                }
                if (target == Byte.class) {
                    return d.byteValueExact();
                }
                if (target == BigDecimal.class) {
                    return d;
                }
                if (target == java.math.BigInteger.class) {
                    return d.toBigIntegerExact();
                }
                if (target == Double.class) {
                    return d.doubleValue();
                }
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return null;
    }

    private static Class<?> boxed(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return java.lang.invoke.MethodType.methodType(c).wrap().returnType();
    }

    static String emptyKey(AttributeValue av) {
        if (av == null) {
            return "the key value is not storable";
        }
        if (av.s() != null && av.s().isEmpty()) {
            return "the key is an empty string; DynamoDB keys cannot be empty";
        }
        if (av.b() != null && av.b().asByteBuffer().remaining() == 0) {
            return "the key is empty binary; DynamoDB keys cannot be empty";
        }
        return null;
    }

    /**
     * The key of an item and its {@code @Version} value.
     *
     * @param version the item's version, or null (no version field, or a new item)
     */
    public record Identity(Key key, Object version) {}

    /**
     * The key and version of {@code item}, for writes addressed by an item.
     *
     * @param action what the key is for, as a past participle: "deleted", "patched"
     */
    public Identity identify(T item, String action) {
        if (item == null) {
            throw new ItemValidationException(List.of(new Violation(typeName(), "the item is null")));
        }
        EntityModel<T> entity = model.entityOf(item);
        Object[] values = entity.object().values(item);
        Object partition = values[entity.partitionKey().index()];
        Object sort = entity.sortKey() == null ? null : values[entity.sortKey().index()];
        List<Violation> missing = new ArrayList<>(0);
        String root = item.getClass().getSimpleName();
        if (partition == null) {
            missing.add(new Violation(
                    root + "." + entity.partitionKey().name(),
                    "the partition key is null; the item cannot be " + action + " by key"));
        }
        if (entity.sortKey() != null && sort == null) {
            missing.add(new Violation(
                    root + "." + entity.sortKey().name(),
                    "the sort key is null; the item cannot be " + action + " by key"));
        }
        if (!missing.isEmpty()) {
            throw new ItemValidationException(missing);
        }
        Key key = sort == null ? Key.of(partition) : Key.of(partition, sort);
        return new Identity(
                key, entity.version() == null ? null : values[entity.version().index()]);
    }

    /** The primary key attributes of a written item. */
    public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        String pk = model.partitionKey().attributeName();
        AttributeValue partition = item.get(pk);
        if (model.sortKey() == null) {
            return partition == null ? Map.of() : Map.of(pk, partition);
        }
        String sk = model.sortKey().attributeName();
        AttributeValue sort = item.get(sk);
        if (partition == null || sort == null) {
            Map<String, AttributeValue> partial = new HashMap<>(4);
            partial.put(pk, partition);
            partial.put(sk, sort);
            return partial;
        }
        return Map.of(pk, partition, sk, sort);
    }

    // ---------------------------------------------------------------- reads

    /** The model instance for a stored item; {@link MappingException} naming the attribute otherwise. */
    public T read(Map<String, AttributeValue> item) {
        try {
            return model.read(item);
        } catch (UnreadableValueException e) {
            String where = e.path().isEmpty() ? typeName() : typeName() + "." + e.path();
            throw new MappingException(where + ": " + e.reason() + " (table " + tableName + ")", e.getCause());
        }
    }

    /** The model instance, or null when the item cannot be mapped (for diagnostics only). */
    public T readLeniently(Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return null;
        }
        try {
            return model.read(item);
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- expressions

    /** Encodes condition values with the converter of the attribute they are compared with. */
    public AttributeValue encode(Object value, Path path, boolean element) {
        AttributeValue av = encodeValue(value, path, element);
        if (av == null) {
            throw new ItemValidationException(
                    List.of(new Violation(where(path), "an empty set cannot be compared; use size() or notExists()")));
        }
        return av;
    }

    /**
     * Stores a value the way the attribute at {@code path} stores its values (or, with {@code element},
     * its elements); by runtime class where the model does not describe the path, or the value has
     * another type (a size, an untyped value). Null for a value that is not stored (an empty set, an
     * empty optional).
     *
     * @throws ItemValidationException when DynamoDB cannot hold the value
     */
    public AttributeValue encodeValue(Object value, Path path, boolean element) {
        return encodeValue(value, path, element, true);
    }

    /**
     * As {@link #encodeValue(Object, Path, boolean)} for a value that is to be stored in the field at
     * {@code path}: a value of another type than the field's is an error, not converted by its class.
     */
    public AttributeValue encodeStored(Object value, Path path) {
        return encodeValue(value, path, false, false);
    }

    private AttributeValue encodeValue(Object value, Path path, boolean element, boolean lenient) {
        AttributeValue av = convertValue(value, path, element, lenient);
        if (av != null
                && (av.hasM() || av.hasL())
                && Nesting.tooDeep(av, path == null ? 1 : path.segments().size())) {
            throw new ItemValidationException(List.of(new Violation(where(path), Nesting.message())));
        }
        return av;
    }

    private AttributeValue convertValue(Object value, Path path, boolean element, boolean lenient) {
        AttributeConverter<?> converter = path == null ? null : model.converterAt(path.segments());
        if (element && converter instanceof NestedConverter nested) {
            converter = nested.child(NestedConverter.ELEMENT);
        }
        try {
            if (converter == null) {
                return dynamic.write(value);
            }
            try {
                return write(converter, value);
            } catch (ClassCastException e) {
                if (!lenient) {
                    TableModel.Property field = model.propertyAt(path.segments());
                    throw new ItemValidationException(List.of(new Violation(
                            where(path),
                            "a value of type " + value.getClass().getSimpleName() + " was given, but the field is "
                                    + (field == null
                                            ? "stored as " + converter.type()
                                            : io.dynantic.internal.convert.Types.describe(
                                                    field.model().type())))));
                }
                return dynamic.write(value);
            }
        } catch (InvalidValueException e) {
            List<Violation> problems = new ArrayList<>();
            for (InvalidValueException.Problem p : e.problems()) {
                String at = p.path().isEmpty() ? "" : (p.path().startsWith("[") ? p.path() : "." + p.path());
                problems.add(new Violation(where(path) + at, p.message()));
            }
            throw new ItemValidationException(problems);
        } catch (IllegalArgumentException e) {
            throw new ItemValidationException(List.of(new Violation(where(path), e.getMessage())));
        }
    }

    /** The Bean Validation violations of {@code value} as the new value of the field at {@code path}. */
    public List<Violation> validateValue(Path path, Object value) {
        if (validation == null) {
            return List.of();
        }
        TableModel.Property property = model.propertyAt(path.segments());
        if (property == null) {
            return List.of();
        }
        return validation.validateValue(property.owner(), property.model().name(), value, where(path));
    }

    /** The value at {@code path} inside a stored item, or null when there is none (or it is NULL). */
    public static AttributeValue valueAt(Map<String, AttributeValue> item, Path path) {
        List<Object> segments = path.segments();
        AttributeValue value = item.get((String) segments.get(0));
        for (int i = 1; i < segments.size() && value != null; i++) {
            Object segment = segments.get(i);
            if (segment instanceof String name) {
                value = value.hasM() ? value.m().get(name) : null;
            } else {
                int index = (Integer) segment;
                value = value.hasL() && index < value.l().size() ? value.l().get(index) : null;
            }
        }
        return value == null || Boolean.TRUE.equals(value.nul()) ? null : value;
    }

    /**
     * The problems of removing the field at {@code path}: a primitive cannot be absent, and a field's
     * constraints (such as {@code @NotNull}) are checked against null.
     */
    public List<Violation> validateRemoval(Path path) {
        TableModel.Property property = model.propertyAt(path.segments());
        if (property != null && property.model().rawType().isPrimitive()) {
            return List.of(new Violation(
                    where(path),
                    "a primitive " + property.model().rawType()
                            + " cannot be absent; set a value instead of removing it"));
        }
        return validateValue(path, null);
    }

    /** The value stored at {@code path} as its field's Java type (by stored type where unknown). */
    public Object readAt(Path path, AttributeValue value) {
        AttributeConverter<?> converter = model.converterAt(path.segments());
        try {
            return converter == null ? dynamic.read(value) : converter.read(value);
        } catch (UnreadableValueException e) {
            throw new MappingException(where(path) + ": " + e.reason() + " (table " + tableName + ")", e.getCause());
        } catch (RuntimeException e) {
            throw new MappingException(where(path) + ": " + e.getMessage() + " (table " + tableName + ")", e);
        }
    }

    /** {@code User.address.zip}: a path for messages. */
    public String where(Path path) {
        return typeName() + "." + (path == null ? "value" : path);
    }

    /** The time for {@code @CreatedAt} and {@code @UpdatedAt}. */
    public Instant now() {
        return clock.instant();
    }

    @SuppressWarnings("unchecked")
    private static AttributeValue write(AttributeConverter<?> converter, Object value) {
        return ((AttributeConverter<Object>) converter).write(value);
    }

    // ---------------------------------------------------------------- logging
}
