package io.dynantic.internal.operation;

import io.dynantic.ItemValidationException;
import io.dynantic.ItemValidationException.Violation;
import io.dynantic.convert.AttributeConverter;
import io.dynantic.expression.Attribute;
import io.dynantic.expression.Condition;
import io.dynantic.internal.convert.InstantConverter;
import io.dynantic.internal.convert.InvalidValueException;
import io.dynantic.internal.schema.EntityModel;
import io.dynantic.internal.schema.IndexModel;
import io.dynantic.internal.schema.PropertyModel;
import io.dynantic.internal.schema.TableModel;
import io.dynantic.internal.validation.BeanValidation;
import io.dynantic.internal.validation.ItemSize;
import io.dynantic.internal.validation.Nesting;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How a model item becomes a write: generated fields filled in (UUIDs, timestamps, the version and its check),
 * Bean Validation and DynamoDB's limits checked with every problem reported at once, and the attributes encoded.
 * Thread-safe.
 *
 * @param <T> the model type
 */
final class ItemWrites<T> {
    private final TableModel<T> model;
    private final @Nullable BeanValidation validation;
    private final Clock clock;

    ItemWrites(TableModel<T> model, @Nullable BeanValidation validation, Clock clock) {
        this.model = model;
        this.validation = validation;
        this.clock = clock;
    }

    /**
     * An item ready to send.
     *
     * @param item the item as it will be stored (generated fields filled in)
     * @param attributes its attribute map
     * @param condition the conditions the write implies (version check, non-existence), or null
     * @param expectedVersion the version the stored item must have, or null
     */
    record PreparedWrite<S>(
            S item,
            Map<String, AttributeValue> attributes,
            @Nullable Condition<?> condition,
            @Nullable Object expectedVersion) {}

    /** Fills generated fields, validates and converts; throws {@link ItemValidationException}. */
    <S extends T> PreparedWrite<S> prepare(@Nullable S item, WriteMode mode) {
        if (item == null) {
            throw new ItemValidationException(List.of(new Violation(model.type().getSimpleName(), "the item is null")));
        }
        EntityModel<S> entity = model.entityOf(item);
        Condition<?> condition = null;
        Object expectedVersion = null;
        S toWrite = item;
        if (entity.fillsOnWrite()) {
            Object[] values = entity.object().values(item);
            boolean changed = fillGenerated(entity, values);
            changed |= roundInstants(entity, values);
            PropertyModel version = entity.version();
            if (version != null) {
                Object current = storedVersion(version, values[version.index()]);
                if (current == null || mode == WriteMode.CREATE) {
                    values[version.index()] = versionValue(version, 1);
                } else {
                    expectedVersion = current;
                    values[version.index()] = versionValue(version, ((Number) current).longValue() + 1);
                }
                changed = true;
                if (mode == WriteMode.SAVE) {
                    condition = versionCheck(version, current);
                }
            }
            if (changed) {
                try {
                    toWrite = entity.object().copy(item, values);
                } catch (RuntimeException e) {
                    throw new ItemValidationException(List.of(new Violation(
                            item.getClass().getSimpleName(),
                            "the constructor refused the generated values (version, keys, timestamps): " + e)));
                }
            }
        }
        if (mode == WriteMode.CREATE) {
            condition = notExists();
        } else {
            condition = Conditions.and(condition, Conditions.ownSubtype(model));
        }
        Map<String, AttributeValue> attributes = encode(entity, toWrite);
        return new PreparedWrite<>(toWrite, attributes, condition, expectedVersion);
    }

    private Condition<?> notExists() {
        Condition<Object> c =
                Attribute.named(model.partitionKey().attributeName()).notExists();
        if (model.sortKey() != null) {
            c = c.and(Attribute.named(model.sortKey().attributeName()).notExists());
        }
        return c;
    }

    /**
     * The version a write addressed by this item expects the stored item to have: null for none (a new item, or one
     * stored before the model had {@code @Version}), which a null {@code Long} and a primitive's 0 both mean.
     */
    static @Nullable Object storedVersion(PropertyModel version, @Nullable Object value) {
        return value == null || version.rawType().isPrimitive() && ((Number) value).longValue() == 0 ? null : value;
    }

    /** The condition that the stored item has {@code expected} as its version; for null, that it has none. */
    static Condition<?> versionCheck(PropertyModel version, @Nullable Object expected) {
        return expected == null
                ? Attribute.named(version.attributeName()).notExists()
                : Attribute.of(version.attributeName()).eq(expected);
    }

    private static Object versionValue(PropertyModel version, long value) {
        Class<?> raw = version.rawType();
        return raw == Integer.class || raw == int.class ? (Object) Math.toIntExact(value) : (Object) value;
    }

    /**
     * Rounds the instants the item's formats store with less precision, as the stored item has them: a field that
     * holds them inside (a list of instants, a nested record) is read back from its stored form.
     */
    private static boolean roundInstants(EntityModel<?> entity, Object[] values) {
        boolean changed = false;
        for (PropertyModel p : entity.roundedInstants()) {
            Object value = values[p.index()];
            Object stored = value;
            Object own = p.converter();
            if (own instanceof InstantConverter instants) {
                stored = value instanceof Instant instant ? instants.stored(instant) : value;
            } else if (value != null) {
                AttributeConverter<Object> converter = p.converter();
                try {
                    AttributeValue written = converter.write(value);
                    stored = written == null ? value : converter.read(written);
                } catch (RuntimeException e) {
                    // A value that cannot be stored is reported when the item is encoded, with the others.
                }
            }
            if (!java.util.Objects.equals(stored, value)) {
                values[p.index()] = stored;
                changed = true;
            }
        }
        return changed;
    }

    private boolean fillGenerated(EntityModel<?> entity, Object[] values) {
        boolean changed = false;
        for (PropertyModel p : entity.autoUuids()) {
            if (values[p.index()] == null) {
                UUID uuid = UUID.randomUUID();
                values[p.index()] = p.rawType() == UUID.class ? uuid : uuid.toString();
                changed = true;
            }
        }
        if (!entity.createdAt().isEmpty() || !entity.updatedAt().isEmpty()) {
            Instant now = clock.instant();
            for (PropertyModel p : entity.createdAt()) {
                if (values[p.index()] == null) {
                    values[p.index()] = now;
                    changed = true;
                }
            }
            for (PropertyModel p : entity.updatedAt()) {
                values[p.index()] = now;
                changed = true;
            }
        }
        return changed;
    }

    /** Validates and converts an item, collecting every problem before throwing. */
    private <S extends T> Map<String, AttributeValue> encode(EntityModel<S> entity, S item) {
        String root = item.getClass().getSimpleName();
        List<Violation> problems = new ArrayList<>();
        List<InvalidValueException.Problem> unstorable = new ArrayList<>(0);
        Map<String, AttributeValue> attributes = model.write(entity, item, unstorable);
        Object[] values = null;
        for (PropertyModel key : new PropertyModel[] {entity.partitionKey(), entity.sortKey()}) {
            if (key != null && !attributes.containsKey(key.attributeName())) {
                if (values == null) {
                    values = entity.object().values(item);
                }
                if (values[key.index()] == null) {
                    problems.add(new Violation(
                            root + "." + key.name(),
                            "the " + (key == entity.partitionKey() ? "partition" : "sort")
                                    + " key is null; every item needs one"));
                }
            }
        }
        checkKey(entity.partitionKey(), true, attributes, root, problems);
        checkKey(entity.sortKey(), false, attributes, root, problems);
        for (IndexModel index : model.indexes()) {
            checkIndexKey(index.partitionKey(), attributes, root, problems);
            checkIndexKey(index.sortKey(), attributes, root, problems);
        }
        if (validation != null) {
            problems.addAll(validation.validate(item, root));
        }
        for (InvalidValueException.Problem p : unstorable) {
            problems.add(new Violation(root + "." + p.path(), p.message()));
        }
        for (String attribute : Nesting.tooDeep(attributes)) {
            problems.add(new Violation(root + "." + nameOf(entity, attribute), Nesting.message()));
        }
        // With other problems the item lacks the values that cannot be stored: still, what it has is too much.
        if (!ItemSize.clearlyFits(attributes)) {
            long size = ItemSize.of(attributes);
            if (size > ItemSize.LIMIT) {
                problems.add(new Violation(
                        root, "the item is " + size + " bytes; DynamoDB's limit is 400 KB (409600 bytes)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ItemValidationException(dedupe(problems));
        }
        return attributes;
    }

    private static String nameOf(EntityModel<?> entity, String attribute) {
        PropertyModel p = entity.object().byAttribute(attribute);
        return p == null ? attribute : p.name();
    }

    private static List<Violation> dedupe(List<Violation> problems) {
        return problems.stream().distinct().toList();
    }

    private static void checkKey(
            @Nullable PropertyModel p,
            boolean partition,
            Map<String, AttributeValue> attributes,
            String root,
            List<Violation> problems) {
        if (p == null) {
            return;
        }
        AttributeValue av = attributes.get(p.attributeName());
        if (av == null) {
            return;
        }
        String problem = ItemCodec.keyProblem(av, partition);
        if (problem != null) {
            problems.add(new Violation(root + "." + p.name(), problem));
        }
    }

    private static void checkIndexKey(
            @Nullable PropertyModel p, Map<String, AttributeValue> attributes, String root, List<Violation> problems) {
        if (p == null) {
            return;
        }
        AttributeValue av = attributes.get(p.attributeName());
        if (av != null && ItemCodec.emptyKey(av) != null) {
            problems.add(new Violation(
                    root + "." + p.name(),
                    "an index key cannot be empty; store null to leave the item out of the index"));
        }
    }
}
