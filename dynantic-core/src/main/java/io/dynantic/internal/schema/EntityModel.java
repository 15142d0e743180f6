package io.dynantic.internal.schema;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.internal.convert.ConverterRegistry;
import io.dynantic.internal.convert.InstantConverter;
import io.dynantic.internal.convert.NestedConverter;
import io.dynantic.internal.schema.PropertyModel.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One concrete item type of a table: its object model and the properties with table roles. A
 * single-type table has one; a polymorphic table has one per subtype, all with the same key
 * attributes.
 *
 * @param discriminatorValue the stored discriminator value, or null for a single-type table
 * @param roundedInstants the fields whose stored form keeps less than they hold: an {@code Instant} in a format
 *     with less than nanoseconds, directly or inside an optional, collection or nested model
 */
public record EntityModel<T>(
        ObjectModel<T> object,
        @Nullable String discriminatorValue,
        PropertyModel partitionKey,
        @Nullable PropertyModel sortKey,
        @Nullable PropertyModel ttl,
        @Nullable PropertyModel version,
        List<PropertyModel> autoUuids,
        List<PropertyModel> createdAt,
        List<PropertyModel> updatedAt,
        List<PropertyModel> roundedInstants) {

    /** The entity of a checked item type (one that passed {@link DefinitionRules#checkItem}). */
    static <T> EntityModel<T> of(ObjectModel<T> object, @Nullable String discriminatorValue) {
        PropertyModel pk = null;
        PropertyModel sk = null;
        PropertyModel ttl = null;
        PropertyModel version = null;
        List<PropertyModel> autoUuids = new ArrayList<>();
        List<PropertyModel> createdAt = new ArrayList<>();
        List<PropertyModel> updatedAt = new ArrayList<>();
        List<PropertyModel> roundedInstants = new ArrayList<>();
        for (PropertyModel p : object.properties()) {
            if (rounds(p.converter(), new HashSet<>())) {
                roundedInstants.add(p);
            }
            if (p.has(Role.PARTITION_KEY)) {
                pk = p;
            }
            if (p.has(Role.SORT_KEY)) {
                sk = p;
            }
            if (p.has(Role.TTL)) {
                ttl = p;
            }
            if (p.has(Role.VERSION)) {
                version = p;
            }
            if (p.has(Role.AUTO_UUID)) {
                autoUuids.add(p);
            }
            if (p.has(Role.CREATED_AT)) {
                createdAt.add(p);
            }
            if (p.has(Role.UPDATED_AT)) {
                updatedAt.add(p);
            }
        }
        return new EntityModel<>(
                object,
                discriminatorValue,
                java.util.Objects.requireNonNull(pk, "a checked item type has a partition key"),
                sk,
                ttl,
                version,
                List.copyOf(autoUuids),
                List.copyOf(createdAt),
                List.copyOf(updatedAt),
                List.copyOf(roundedInstants));
    }

    /**
     * Whether what {@code converter} stores can come back other than it was given: an instant in a format with
     * less than nanoseconds, anywhere inside. A recursive model's reference not yet resolved counts as rounding.
     */
    private static boolean rounds(AttributeConverter<?> converter, Set<ObjectModel<?>> seen) {
        AttributeConverter<?> c = ConverterRegistry.resolved(converter);
        if (c == null) {
            return true;
        }
        AttributeConverter<?> handled = NestedConverter.asHandled(c);
        if (handled != null && handled != c) {
            return rounds(handled, seen);
        }
        if (c instanceof InstantConverter instants) {
            return instants.rounds();
        }
        if (c instanceof ObjectConverter<?> nested) {
            if (!seen.add(nested.model())) {
                return false;
            }
            for (PropertyModel p : nested.model().properties()) {
                if (rounds(p.converter(), seen)) {
                    return true;
                }
            }
            return false;
        }
        if (c instanceof NestedConverter container) {
            AttributeConverter<?> element = container.child(NestedConverter.ELEMENT);
            AttributeConverter<?> member = element != null ? element : container.child("value");
            return member != null && rounds(member, seen);
        }
        return false;
    }

    /**
     * Whether writes fill in or change anything: generated keys, timestamps, versions, instants stored with less
     * precision (a TTL's epoch seconds), which the written item gets as stored.
     */
    public boolean fillsOnWrite() {
        return version != null
                || !autoUuids.isEmpty()
                || !createdAt.isEmpty()
                || !updatedAt.isEmpty()
                || !roundedInstants.isEmpty();
    }
}
