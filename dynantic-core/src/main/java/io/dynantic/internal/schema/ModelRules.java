package io.dynantic.internal.schema;

import io.dynantic.ModelDefinitionException;
import io.dynantic.internal.schema.PropertyModel.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the definition rules know about the annotations (which map a field, which are table roles, which types each
 * role accepts) and how a broken rule becomes a {@link ModelDefinitionException}; the rules themselves are
 * {@link DefinitionRules}'. Stateless.
 */
public final class ModelRules {
    private ModelRules() {}

    /** The annotations that only a table's own fields may carry (not those of nested models). */
    static final List<FieldAnnotation> TABLE_ROLES = List.of(
            FieldAnnotation.PARTITION_KEY,
            FieldAnnotation.SORT_KEY,
            FieldAnnotation.GSI_PARTITION_KEY,
            FieldAnnotation.GSI_SORT_KEY,
            FieldAnnotation.LSI_SORT_KEY,
            FieldAnnotation.TTL,
            FieldAnnotation.VERSION,
            FieldAnnotation.AUTO_UUID,
            FieldAnnotation.CREATED_AT,
            FieldAnnotation.UPDATED_AT);
    /** The annotations that map a field (all but {@code @Ignore}); an {@code @Ignore}d field may carry none of them. */
    static final List<FieldAnnotation> MAPPING =
            List.of(FieldAnnotation.values()).subList(0, FieldAnnotation.IGNORE.ordinal());

    /** The role annotations a model may give to one field only. */
    static final List<FieldAnnotation> SINGLE_ROLES = List.of(
            FieldAnnotation.PARTITION_KEY, FieldAnnotation.SORT_KEY, FieldAnnotation.TTL, FieldAnnotation.VERSION);

    /** The role annotations whose field type is ruled by {@link #roleTypeProblem}, in the order they are checked. */
    static final List<FieldAnnotation> TYPED_ROLES = List.of(
            FieldAnnotation.TTL,
            FieldAnnotation.VERSION,
            FieldAnnotation.AUTO_UUID,
            FieldAnnotation.CREATED_AT,
            FieldAnnotation.UPDATED_AT);

    /** The Java types (primitives by keyword) each role annotation with a type rule accepts. */
    private static final Map<FieldAnnotation, Set<String>> ROLE_TYPES = Map.of(
            FieldAnnotation.TTL, Set.of("java.time.Instant", "long", "java.lang.Long"),
            FieldAnnotation.VERSION, Set.of("long", "java.lang.Long", "int", "java.lang.Integer"),
            FieldAnnotation.AUTO_UUID, Set.of("java.lang.String", "java.util.UUID"),
            FieldAnnotation.CREATED_AT, Set.of("java.time.Instant"),
            FieldAnnotation.UPDATED_AT, Set.of("java.time.Instant"));

    /**
     * Why a field of type {@code typeName} (a class name, or a primitive's keyword) cannot carry {@code role}, with
     * {@code described} naming the type in the message; null when it can.
     */
    static @Nullable String roleTypeProblem(FieldAnnotation role, String typeName, String described) {
        Set<String> accepted = ROLE_TYPES.get(role);
        if (accepted == null || accepted.contains(typeName)) {
            return null;
        }
        if (role == FieldAnnotation.TTL) {
            return DefinitionMessages.ttlType(described);
        }
        if (role == FieldAnnotation.VERSION) {
            return DefinitionMessages.versionType(described);
        }
        if (role == FieldAnnotation.AUTO_UUID) {
            return DefinitionMessages.autoUuidType(described);
        }
        return DefinitionMessages.timestampType(role.written(), described);
    }

    /** The role each role annotation gives its field. */
    static final List<Map.Entry<FieldAnnotation, Role>> ROLES = List.of(
            Map.entry(FieldAnnotation.PARTITION_KEY, Role.PARTITION_KEY),
            Map.entry(FieldAnnotation.SORT_KEY, Role.SORT_KEY),
            Map.entry(FieldAnnotation.TTL, Role.TTL),
            Map.entry(FieldAnnotation.VERSION, Role.VERSION),
            Map.entry(FieldAnnotation.AUTO_UUID, Role.AUTO_UUID),
            Map.entry(FieldAnnotation.CREATED_AT, Role.CREATED_AT),
            Map.entry(FieldAnnotation.UPDATED_AT, Role.UPDATED_AT));

    static ModelDefinitionException fail(Class<?> type, String message) {
        return new ModelDefinitionException(type.getSimpleName() + ": " + message);
    }

    static ModelDefinitionException fail(Class<?> type, String field, String message) {
        return new ModelDefinitionException(type.getSimpleName() + "." + field + ": " + message);
    }

    /** Throws the problems {@link DefinitionRules} found, one per line, if there are any. */
    static void throwIfAny(List<? extends DefinitionRules.Broken> problems) {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder();
        for (DefinitionRules.Broken problem : problems) {
            message.append(message.length() == 0 ? "" : "\n").append(problem.text());
        }
        throw new ModelDefinitionException(message.toString());
    }
}
