package io.dynantic.internal.schema;

import io.dynantic.UnknownSubtypeException;
import io.dynantic.convert.AttributeConverter;
import io.dynantic.internal.convert.InvalidValueException;
import io.dynantic.internal.convert.NestedConverter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Everything the library knows about a table model: name, keys, indexes and how items map. Built
 * once per model class by {@link ModelInspector}; immutable and thread-safe.
 *
 * @param <T> the model type: a record or bean, or the base type of a polymorphic table
 */
public final class TableModel<T> {
    private final Class<T> type;
    private final String tableName;
    private final @Nullable String discriminator;
    private final List<EntityModel<? extends T>> entities;
    private final Map<Class<?>, EntityModel<? extends T>> byClass;
    private final Map<String, EntityModel<? extends T>> byDiscriminator;
    private final EntityModel<? extends T> primary;
    private final List<IndexModel> indexes;
    private final @Nullable PropertyModel ttl;
    private final java.util.Set<String> siblingValues;

    /**
     * @param ttl the table's TTL attribute, which any of its subtypes may declare
     * @param siblingValues the discriminator values of the other subtypes in the table, whose items a
     *     subtype view skips; empty for a whole table
     */
    TableModel(
            Class<T> type,
            String tableName,
            @Nullable String discriminator,
            List<EntityModel<? extends T>> entities,
            List<IndexModel> indexes,
            @Nullable PropertyModel ttl,
            java.util.Set<String> siblingValues) {
        this.siblingValues = java.util.Set.copyOf(siblingValues);
        this.type = type;
        this.tableName = tableName;
        this.discriminator = discriminator;
        this.entities = List.copyOf(entities);
        this.primary = entities.get(0);
        this.indexes = List.copyOf(indexes);
        this.ttl = ttl;
        this.byClass = new java.util.HashMap<>();
        this.byDiscriminator = new java.util.HashMap<>();
        for (EntityModel<? extends T> e : entities) {
            byClass.put(e.object().type(), e);
            if (e.discriminatorValue() != null) {
                byDiscriminator.put(e.discriminatorValue(), e);
            }
        }
    }

    public Class<T> type() {
        return type;
    }

    /** The table name from {@code @DynamoTable}, before any prefix or resolver. */
    public String tableName() {
        return tableName;
    }

    /** The discriminator attribute, or null for a single-type table. */
    public @Nullable String discriminator() {
        return discriminator;
    }

    public List<EntityModel<? extends T>> entities() {
        return entities;
    }

    /** The entity whose key properties stand for the table's (all entities share them). */
    public EntityModel<? extends T> primary() {
        return primary;
    }

    public PropertyModel partitionKey() {
        return primary.partitionKey();
    }

    public @Nullable PropertyModel sortKey() {
        return primary.sortKey();
    }

    public List<IndexModel> indexes() {
        return indexes;
    }

    /** The table's TTL attribute (one per table, declared by any subtype), or null. */
    public @Nullable PropertyModel ttl() {
        return ttl;
    }

    /** The entity for an instance's class. */
    @SuppressWarnings("unchecked")
    public <S extends T> EntityModel<S> entityOf(S item) {
        EntityModel<? extends T> e = byClass.get(item.getClass());
        if (e == null) {
            throw new IllegalArgumentException(
                    item.getClass().getName() + " is not a registered type of table model " + type.getSimpleName());
        }
        return (EntityModel<S>) e;
    }

    /**
     * The item for {@code value}, with the discriminator when the table has one; properties that
     * cannot be stored are left out and their problems added to {@code problems}.
     */
    public <S extends T> Map<String, AttributeValue> write(
            EntityModel<S> entity, S value, List<InvalidValueException.Problem> problems) {
        Map<String, AttributeValue> item = entity.object().write(value, problems);
        if (discriminator != null) {
            item.put(discriminator, AttributeValue.createS(entity.discriminatorValue()));
        }
        return item;
    }

    /**
     * The model instance for a stored item.
     *
     * @throws UnknownSubtypeException when the discriminator names no registered subtype
     */
    public T read(Map<String, AttributeValue> item) {
        return entityFor(item).object().read(item);
    }

    /** The entity that a stored item belongs to. */
    public EntityModel<? extends T> entityFor(Map<String, AttributeValue> item) {
        if (discriminator == null) {
            return primary;
        }
        AttributeValue stored = item.get(discriminator);
        String value = stored == null ? null : stored.s();
        EntityModel<? extends T> e = value == null ? null : byDiscriminator.get(value);
        if (e == null) {
            throw new UnknownSubtypeException(type.getSimpleName() + ": the stored " + discriminator + " "
                    + (stored == null
                            ? "is missing"
                            : value == null
                                    ? "is no string (" + stored.type() + ")"
                                    : "\"" + value + "\" names no registered subtype")
                    + "; registered: "
                    + byDiscriminator.keySet().stream().sorted().toList());
        }
        return e;
    }

    /** The discriminator values of the sibling subtypes a subtype view leaves out; empty otherwise. */
    public java.util.Set<String> siblingValues() {
        return siblingValues;
    }

    /** The index of this name, or null when the model declares none. */
    public @Nullable IndexModel index(String name) {
        for (IndexModel index : indexes) {
            if (index.name().equals(name)) {
                return index;
            }
        }
        return null;
    }

    /**
     * Whether a stored item belongs to this model: false only for the items of another subtype of the
     * table, seen through a subtype view. An unknown discriminator belongs here, so that reading it
     * fails with {@link UnknownSubtypeException}.
     */
    public boolean owns(Map<String, AttributeValue> item) {
        if (discriminator == null || siblingValues.isEmpty()) {
            return true;
        }
        AttributeValue stored = item.get(discriminator);
        // A discriminator that is no string is no sibling's: reading it fails as an unknown subtype.
        return stored == null || stored.s() == null || !siblingValues.contains(stored.s());
    }

    /**
     * The converter for an attribute path of stored names ({@code "address", "zip"}) and list
     * indexes, or null when the model does not describe it.
     */
    public @Nullable AttributeConverter<?> converterAt(List<Object> segments) {
        AttributeConverter<?> current = null;
        for (int i = 0; i < segments.size(); i++) {
            Object segment = segments.get(i);
            if (i == 0) {
                current = topLevel((String) segment);
            } else if (current instanceof NestedConverter nested) {
                current = nested.child(segment);
            } else {
                return null;
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /**
     * A field reached by a path, with the class that declares it.
     *
     * @param owner the model, or nested model, class that declares the field
     * @param model the field
     */
    public record Property(Class<?> owner, PropertyModel model) {}

    /**
     * The field an attribute path of stored names leads to, through nested models; null when the path
     * ends in a list element or map entry, or the model does not describe it.
     */
    public @Nullable Property propertyAt(List<Object> segments) {
        ObjectModel<?> owner = null;
        PropertyModel property = null;
        for (int i = 0; i < segments.size(); i++) {
            if (!(segments.get(i) instanceof String name)) {
                return null;
            }
            if (property == null) {
                for (EntityModel<? extends T> e : entities) {
                    property = e.object().byAttribute(name);
                    if (property != null) {
                        owner = e.object();
                        break;
                    }
                }
            } else if (NestedConverter.asHandled(property.converter()) instanceof ObjectConverter<?> nested) {
                owner = nested.model();
                property = owner.byAttribute(name);
            } else {
                return null;
            }
            if (property == null) {
                return null;
            }
        }
        return property == null || owner == null ? null : new Property(owner.type(), property);
    }

    /**
     * An attribute path in the model's field names ({@code renamed} for a field stored as {@code renamed_field}), as
     * problems name it; stored names where the model does not describe the path (map keys).
     */
    public String fieldPath(List<Object> segments) {
        StringBuilder out = new StringBuilder();
        AttributeConverter<?> current = null;
        for (int i = 0; i < segments.size(); i++) {
            Object segment = segments.get(i);
            if (segment instanceof String name) {
                PropertyModel property = i == 0
                        ? topLevelProperty(name)
                        : NestedConverter.asHandled(current) instanceof ObjectConverter<?> nested
                                ? nested.model().byAttribute(name)
                                : null;
                out.append(i == 0 ? "" : ".").append(property == null ? name : property.name());
            } else {
                out.append('[').append(segment).append(']');
            }
            current = i == 0
                    ? topLevel((String) segment)
                    : current instanceof NestedConverter n ? n.child(segment) : null;
        }
        return out.toString();
    }

    private @Nullable AttributeConverter<?> topLevel(String attributeName) {
        PropertyModel p = topLevelProperty(attributeName);
        return p == null ? null : p.converter();
    }

    private @Nullable PropertyModel topLevelProperty(String attributeName) {
        for (EntityModel<? extends T> e : entities) {
            PropertyModel p = e.object().byAttribute(attributeName);
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
