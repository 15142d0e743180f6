package io.dynantic.internal.schema;

import io.dynantic.convert.AttributeConverter;
import java.lang.reflect.Type;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One mapped field: its Java name, stored attribute name, converter, roles and the schema that reads it. Immutable.
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

    final String name;
    final String attributeName;
    final Type type;
    final Class<?> rawType;
    final AttributeConverter<Object> converter;
    final ModelSchema<Object> schema;
    final FieldDescription declaration;
    /** Position among the schema's fields. */
    final int field;

    final boolean required;
    final List<Role> roles;
    final int index;

    PropertyModel(
            String name,
            String attributeName,
            Type type,
            AttributeConverter<Object> converter,
            ModelSchema<?> schema,
            int field,
            boolean required,
            List<Role> roles,
            int index) {
        this.name = name;
        this.attributeName = attributeName;
        this.type = type;
        this.rawType = io.dynantic.internal.convert.Types.raw(type);
        this.converter = converter;
        @SuppressWarnings("unchecked")
        ModelSchema<Object> any = (ModelSchema<Object>) schema;
        this.schema = any;
        this.declaration = schema.fields().get(field);
        this.field = field;
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

    /** The field as its model declares it. */
    public FieldDescription declaration() {
        return declaration;
    }

    /** Position in the owning model's value array. */
    public int index() {
        return index;
    }

    /** Reads this property from an instance of the owning model. */
    public @Nullable Object get(Object owner) {
        return schema.get(owner, field);
    }

    @Override
    public String toString() {
        return name;
    }
}
