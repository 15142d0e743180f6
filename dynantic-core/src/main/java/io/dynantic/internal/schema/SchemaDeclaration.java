package io.dynantic.internal.schema;

import io.dynantic.convert.AttributeType;
import io.dynantic.internal.convert.Types;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A {@link ModelSchema} with its resolved properties, as {@link DefinitionRules} read it at run time. */
final class SchemaDeclaration implements DefinitionRules.Declared<FieldDescription> {
    private final ModelSchema<?> schema;
    /** The property of each schema field; null for an ignored one. */
    private final @Nullable PropertyModel[] properties;

    SchemaDeclaration(ModelSchema<?> schema, List<PropertyModel> properties) {
        this.schema = schema;
        this.properties = new PropertyModel[schema.fields().size()];
        for (PropertyModel p : properties) {
            this.properties[p.field] = p;
        }
    }

    static SchemaDeclaration of(ObjectModel<?> model) {
        return new SchemaDeclaration(model.schema(), model.properties());
    }

    @Override
    public String simpleName() {
        return schema.type().getSimpleName();
    }

    @Override
    public List<FieldDescription> fields() {
        return schema.fields();
    }

    @Override
    public String name(FieldDescription field) {
        return field.name();
    }

    @Override
    public boolean has(FieldDescription field, FieldAnnotation annotation) {
        return field.has(annotation);
    }

    @Override
    public @Nullable String attributeName(FieldDescription field) {
        return field.attributeName();
    }

    @Override
    public List<String> indexNames(FieldDescription field, FieldAnnotation annotation) {
        if (annotation == FieldAnnotation.GSI_PARTITION_KEY) {
            return field.gsiPartitionKeys();
        }
        return annotation == FieldAnnotation.GSI_SORT_KEY ? field.gsiSortKeys() : field.lsiSortKeys();
    }

    @Override
    public String typeName(FieldDescription field) {
        return Types.raw(field.type()).getName();
    }

    @Override
    public String describedType(FieldDescription field) {
        return Types.describe(field.type());
    }

    @Override
    public boolean mentionsInstant(FieldDescription field) {
        return Types.mentions(field.type(), Instant.class);
    }

    @Override
    public @Nullable AttributeType storedType(FieldDescription field) {
        // By identity: a record's equals bootstraps method handles, which a cold start cannot afford.
        List<FieldDescription> fields = schema.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) == field) {
                PropertyModel p = properties[i];
                return p == null ? null : p.converter().type();
            }
        }
        return null;
    }
}
