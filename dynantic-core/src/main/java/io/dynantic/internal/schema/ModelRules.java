package io.dynantic.internal.schema;

import io.dynantic.ModelDefinitionException;
import io.dynantic.annotation.Attribute;
import io.dynantic.annotation.AutoUuid;
import io.dynantic.annotation.Convert;
import io.dynantic.annotation.CreatedAt;
import io.dynantic.annotation.Format;
import io.dynantic.annotation.GsiPartitionKey;
import io.dynantic.annotation.GsiSortKey;
import io.dynantic.annotation.LsiSortKey;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.SortKey;
import io.dynantic.annotation.Ttl;
import io.dynantic.annotation.UpdatedAt;
import io.dynantic.annotation.Version;
import io.dynantic.internal.schema.PropertyModel.Role;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the definition rules know about the annotations (which map a field, which are table roles, which types each
 * role accepts) and how a broken rule becomes a {@link ModelDefinitionException}; the rules themselves are
 * {@link DefinitionRules}'. {@link #FIELD_ANNOTATIONS} is public for the annotation processor. Stateless.
 */
public final class ModelRules {
    private ModelRules() {}

    /** The annotations that only a table's own fields may carry (not those of nested models). */
    static final List<Class<? extends Annotation>> TABLE_ROLES = List.of(
            PartitionKey.class,
            SortKey.class,
            GsiPartitionKey.class,
            GsiSortKey.class,
            LsiSortKey.class,
            Ttl.class,
            Version.class,
            AutoUuid.class);
    /** The annotations that map a field; an {@code @Ignore}d field may carry none of them. */
    static final List<Class<? extends Annotation>> MAPPING = List.of(
            PartitionKey.class,
            SortKey.class,
            GsiPartitionKey.class,
            GsiSortKey.class,
            LsiSortKey.class,
            Ttl.class,
            Version.class,
            AutoUuid.class,
            Attribute.class,
            Convert.class,
            Format.class,
            CreatedAt.class,
            UpdatedAt.class);

    /** Every annotation of the library a field may carry: the mapping ones and {@code @Ignore}. */
    public static final List<Class<? extends Annotation>> FIELD_ANNOTATIONS = fieldAnnotations();

    private static List<Class<? extends Annotation>> fieldAnnotations() {
        List<Class<? extends Annotation>> all = new java.util.ArrayList<>(MAPPING);
        all.add(io.dynantic.annotation.Ignore.class);
        return List.copyOf(all);
    }

    /** The role annotations a model may give to one field only. */
    static final List<Class<? extends Annotation>> SINGLE_ROLES =
            List.of(PartitionKey.class, SortKey.class, Ttl.class, Version.class);

    /** The role annotations whose field type is ruled by {@link #roleTypeProblem}, in the order they are checked. */
    static final List<Class<? extends Annotation>> TYPED_ROLES =
            List.of(Ttl.class, Version.class, AutoUuid.class, CreatedAt.class, UpdatedAt.class);

    /** The Java types (primitives by keyword) each role annotation with a type rule accepts. */
    private static final Map<Class<? extends Annotation>, Set<String>> ROLE_TYPES = Map.of(
            Ttl.class, Set.of("java.time.Instant", "long", "java.lang.Long"),
            Version.class, Set.of("long", "java.lang.Long", "int", "java.lang.Integer"),
            AutoUuid.class, Set.of("java.lang.String", "java.util.UUID"),
            CreatedAt.class, Set.of("java.time.Instant"),
            UpdatedAt.class, Set.of("java.time.Instant"));

    /**
     * Why a field of type {@code typeName} (a class name, or a primitive's keyword) cannot carry {@code role}, with
     * {@code described} naming the type in the message; null when it can.
     */
    static @Nullable String roleTypeProblem(Class<? extends Annotation> role, String typeName, String described) {
        Set<String> accepted = ROLE_TYPES.get(role);
        if (accepted == null || accepted.contains(typeName)) {
            return null;
        }
        if (role == Ttl.class) {
            return DefinitionMessages.ttlType(described);
        }
        if (role == Version.class) {
            return DefinitionMessages.versionType(described);
        }
        if (role == AutoUuid.class) {
            return DefinitionMessages.autoUuidType(described);
        }
        return DefinitionMessages.timestampType("@" + role.getSimpleName(), described);
    }

    /** The role each role annotation gives its field. */
    static final List<Map.Entry<Class<? extends Annotation>, Role>> ROLES = List.of(
            Map.entry(PartitionKey.class, Role.PARTITION_KEY),
            Map.entry(SortKey.class, Role.SORT_KEY),
            Map.entry(Ttl.class, Role.TTL),
            Map.entry(Version.class, Role.VERSION),
            Map.entry(AutoUuid.class, Role.AUTO_UUID),
            Map.entry(CreatedAt.class, Role.CREATED_AT),
            Map.entry(UpdatedAt.class, Role.UPDATED_AT));

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
