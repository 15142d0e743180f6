package io.dynantic.internal.operation;

import io.dynantic.ItemValidationException;
import io.dynantic.ItemValidationException.Violation;
import io.dynantic.Key;
import io.dynantic.MappingException;
import io.dynantic.internal.convert.DynamicConverter;
import io.dynantic.internal.convert.InvalidValueException;
import io.dynantic.internal.convert.Types;
import io.dynantic.internal.convert.UnreadableValueException;
import io.dynantic.internal.schema.EntityModel;
import io.dynantic.internal.schema.IndexModel;
import io.dynantic.internal.schema.PropertyModel;
import io.dynantic.internal.schema.TableModel;
import io.dynantic.internal.validation.BeanValidation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One table's items and keys as DynamoDB sees them, shared by every operation on the table, sync and async: keys
 * encoded and checked against the model's key types, an item's identity, stored items read back; with {@link
 * ItemWrites} (items prepared for writes) and {@link PathValues} (values at attribute paths for expressions) beside
 * it. Immutable and thread-safe.
 *
 * @param <T> the table's model type
 */
public final class ItemCodec<T> {
    /** DynamoDB's limits for a value of a table's partition and sort key, in bytes. */
    static final int MAX_PARTITION_KEY_BYTES = 2048;

    static final int MAX_SORT_KEY_BYTES = 1024;

    private final TableModel<T> model;
    private final String tableName;
    private final DynamicConverter dynamic;
    private final @Nullable BeanValidation validation;
    private final Clock clock;
    private final ItemWrites<T> writes;
    private final PathValues values;
    private final UpdatePlan.Cache updatePlans = new UpdatePlan.Cache();

    public ItemCodec(
            TableModel<T> model,
            String tableName,
            DynamicConverter dynamic,
            @Nullable BeanValidation validation,
            Clock clock) {
        this.model = model;
        this.tableName = tableName;
        this.dynamic = dynamic;
        this.validation = validation;
        this.clock = clock;
        this.writes = new ItemWrites<>(model, validation, clock);
        this.values = new PathValues(model, tableName, dynamic, validation);
    }

    public TableModel<T> model() {
        return model;
    }

    /** Values at attribute paths: encoded for expressions, validated, read back. */
    public PathValues values() {
        return values;
    }

    /** The update plans of this table, by shape. */
    UpdatePlan.Cache updatePlans() {
        return updatePlans;
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
    public Map<String, AttributeValue> key(@Nullable Key key) {
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
        Object typed = coerce(p, value);
        if (typed == null) {
            problems.add(new Violation(
                    where(p),
                    "a key value of type " + value.getClass().getSimpleName() + " was given, but the field is "
                            + Types.describe(p.type())));
            return;
        }
        try {
            AttributeValue av = p.converter().write(typed);
            String problem = p == model.partitionKey() || p == model.sortKey()
                    ? keyProblem(av, p == model.partitionKey())
                    : emptyKey(av);
            if (problem != null) {
                problems.add(new Violation(where(p), problem));
            } else {
                out.put(p.attributeName(), av);
            }
        } catch (InvalidValueException e) {
            problems.add(new Violation(where(p), InvalidValueException.messageOf(e)));
        } catch (IllegalArgumentException e) {
            problems.add(new Violation(where(p), InvalidValueException.messageOf(e)));
        }
    }

    /** {@code User.email}: a key field for messages. */
    private String where(PropertyModel p) {
        return typeName() + "." + p.name();
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
        // Without problems, encodeKey has stored the value.
        return java.util.Objects.requireNonNull(out.get(p.attributeName()));
    }

    /** The value as the key field's own type, converting between number types exactly; null if impossible. */
    private static @Nullable Object coerce(PropertyModel p, Object value) {
        Class<?> target = Types.boxed(p.rawType());
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

    static @Nullable String emptyKey(@Nullable AttributeValue av) {
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
     * What DynamoDB refuses in a value of the table's partition key ({@code partition}) or sort key, or null. (Keys
     * of secondary indexes have no size checked here: DynamoDB documents the limits for the table's keys.)
     */
    static @Nullable String keyProblem(@Nullable AttributeValue av, boolean partition) {
        String emptiness = emptyKey(av);
        if (emptiness != null || av == null) {
            return emptiness;
        }
        int limit = partition ? MAX_PARTITION_KEY_BYTES : MAX_SORT_KEY_BYTES;
        long bytes;
        if (av.s() != null) {
            // At most three UTF-8 bytes per char: most keys need no counting.
            bytes = av.s().length() * 3L <= limit ? 0 : av.s().getBytes(StandardCharsets.UTF_8).length;
        } else if (av.b() != null) {
            bytes = av.b().asByteBuffer().remaining();
        } else {
            return null;
        }
        return bytes <= limit
                ? null
                : "the key is " + bytes + " bytes; DynamoDB's limit is " + limit + " bytes for a "
                        + (partition ? "partition" : "sort") + " key";
    }

    /**
     * The key of an item and its {@code @Version} value.
     *
     * @param version the version the stored item must have, or null (no version field, or none stored: a new item)
     */
    public record Identity(Key key, @Nullable Object version) {}

    /**
     * The key and version of {@code item}, for writes addressed by an item.
     *
     * @param action what the key is for, as a past participle: "deleted", "patched"
     */
    public Identity identify(@Nullable T item, String action) {
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
        PropertyModel version = entity.version();
        return new Identity(key, version == null ? null : ItemWrites.storedVersion(version, values[version.index()]));
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
    public @Nullable T readLeniently(@Nullable Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return null;
        }
        try {
            return model.read(item);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The time for {@code @CreatedAt} and {@code @UpdatedAt}. */
    public Instant now() {
        return clock.instant();
    }
}
