package io.dynantic.internal.schema;

import io.dynantic.convert.AttributeConverter;
import java.lang.reflect.Type;
import java.util.List;

/**
 * One mapped field: its Java name, stored attribute name, converter, accessor and roles. Immutable.
 */
public final class PropertyModel {
    /** What a field means to the table beyond its value. */
    public enum Role {
        PARTITION_KEY,
        SORT_KEY,
        TTL,
        VERSION,
        AUTO_UUID,
        CREATED_AT,
        UPDATED_AT
    }

    /** Reads a property from an instance: by reflection now, by generated code later. */
    @FunctionalInterface
    interface Getter {
        Object get(Object owner);
    }

    final String name;
    final String attributeName;
    final Type type;
    final Class<?> rawType;
    final AttributeConverter<Object> converter;
    final Getter getter;
    final boolean required;
    final List<Role> roles;
    final int index;

    PropertyModel(
            String name,
            String attributeName,
            Type type,
            AttributeConverter<Object> converter,
            Getter getter,
            boolean required,
            List<Role> roles,
            int index) {
        this.name = name;
        this.attributeName = attributeName;
        this.type = type;
        this.rawType = io.dynantic.internal.convert.Types.raw(type);
        this.converter = converter;
        this.getter = getter;
        this.required = required;
        this.roles = List.copyOf(roles);
        this.index = index;
    }

    public String name() {
        return name;
    }

    public String attributeName() {
        return attributeName;
    }

    public Type type() {
        return type;
    }

    public Class<?> rawType() {
        return rawType;
    }

    public AttributeConverter<Object> converter() {
        return converter;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Position in the owning model's value array. */
    public int index() {
        return index;
    }

    /** Reads this property from an instance of the owning model. */
    public Object get(Object owner) {
        return getter.get(owner);
    }

    @Override
    public String toString() {
        return name;
    }
}
