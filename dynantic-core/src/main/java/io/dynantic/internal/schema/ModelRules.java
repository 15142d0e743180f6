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
import io.dynantic.internal.convert.Types;
import io.dynantic.internal.schema.PropertyModel.Role;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rules a model definition must follow, by annotation and field role; a refusal is a
 * {@link ModelDefinitionException} that names the class, the field and the fix. The annotation lists are public:
 * the annotation processor checks source against the same lists. Stateless.
 */
public final class ModelRules {
    private ModelRules() {}

    /** The annotations that only a table's own fields may carry (not those of nested models). */
    public static final List<Class<? extends Annotation>> TABLE_ROLES = List.of(
            PartitionKey.class,
            SortKey.class,
            GsiPartitionKey.class,
            GsiSortKey.class,
            LsiSortKey.class,
            Ttl.class,
            Version.class,
            AutoUuid.class);
    /** The annotations that map a field; an {@code @Ignore}d field may carry none of them. */
    public static final List<Class<? extends Annotation>> MAPPING = List.of(
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

    /** The role annotations a model may give to one field only. */
    public static final List<Class<? extends Annotation>> SINGLE_ROLES =
            List.of(PartitionKey.class, SortKey.class, Ttl.class, Version.class);

    /** The role each role annotation gives its field. */
    static final List<Map.Entry<Class<? extends Annotation>, Role>> ROLES = List.of(
            Map.entry(PartitionKey.class, Role.PARTITION_KEY),
            Map.entry(SortKey.class, Role.SORT_KEY),
            Map.entry(Ttl.class, Role.TTL),
            Map.entry(Version.class, Role.VERSION),
            Map.entry(AutoUuid.class, Role.AUTO_UUID),
            Map.entry(CreatedAt.class, Role.CREATED_AT),
            Map.entry(UpdatedAt.class, Role.UPDATED_AT));

    /** Refuses a role given twice and a role on a field of the wrong type. */
    static void checkRoles(Class<?> type, List<PropertyModel> properties) {
        Map<Role, PropertyModel> seen = new HashMap<>();
        for (PropertyModel p : properties) {
            for (Role role : p.roles) {
                PropertyModel previous = seen.putIfAbsent(role, p);
                if (previous != null && SINGLE_ROLES.contains(annotationOf(role))) {
                    throw fail(
                            type, p.name(), DefinitionMessages.secondRole("@" + annotationName(role), previous.name()));
                }
            }
            Class<?> raw = p.rawType();
            if (p.has(Role.PARTITION_KEY)) {
                checkKeyType(type, p, "@PartitionKey");
            }
            if (p.has(Role.SORT_KEY)) {
                checkKeyType(type, p, "@SortKey");
            }
            if (p.has(Role.PARTITION_KEY) && p.has(Role.SORT_KEY)) {
                throw fail(type, p.name(), DefinitionMessages.bothKeys());
            }
            if (p.has(Role.TTL) && raw != Instant.class && raw != long.class && raw != Long.class) {
                throw fail(type, p.name(), DefinitionMessages.ttlType(Types.describe(p.type())));
            }
            if (p.has(Role.VERSION)
                    && raw != Long.class
                    && raw != long.class
                    && raw != Integer.class
                    && raw != int.class) {
                throw fail(type, p.name(), DefinitionMessages.versionType(Types.describe(p.type())));
            }
            if (p.has(Role.AUTO_UUID)) {
                if (raw != String.class && raw != UUID.class) {
                    throw fail(type, p.name(), DefinitionMessages.autoUuidType(Types.describe(p.type())));
                }
                if (!p.has(Role.PARTITION_KEY) && !p.has(Role.SORT_KEY)) {
                    throw fail(type, p.name(), DefinitionMessages.autoUuidPlacement());
                }
            }
            if (p.has(Role.CREATED_AT) && raw != Instant.class) {
                throw fail(type, p.name(), DefinitionMessages.timestampType("@CreatedAt", Types.describe(p.type())));
            }
            if (p.has(Role.UPDATED_AT) && raw != Instant.class) {
                throw fail(type, p.name(), DefinitionMessages.timestampType("@UpdatedAt", Types.describe(p.type())));
            }
        }
    }

    private static Class<? extends Annotation> annotationOf(Role role) {
        return ROLES.stream()
                .filter(entry -> entry.getValue() == role)
                .findFirst()
                .orElseThrow()
                .getKey();
    }

    private static String annotationName(Role role) {
        return switch (role) {
            case PARTITION_KEY -> "PartitionKey";
            case SORT_KEY -> "SortKey";
            case TTL -> "Ttl";
            case VERSION -> "Version";
            case AUTO_UUID -> "AutoUuid";
            case CREATED_AT -> "CreatedAt";
            case UPDATED_AT -> "UpdatedAt";
        };
    }

    /** The field {@code name} of {@code type} or of a superclass. */
    static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new IllegalStateException(type.getName() + " has no field " + name);
    }

    static ModelDefinitionException fail(Class<?> type, String message) {
        return new ModelDefinitionException(type.getSimpleName() + ": " + message);
    }

    static ModelDefinitionException fail(Class<?> type, String field, String message) {
        return new ModelDefinitionException(type.getSimpleName() + "." + field + ": " + message);
    }

    /** Refuses a key field whose stored type is not S, N or B. */
    static void checkKeyType(Class<?> owner, PropertyModel p, String annotation) {
        if (!p.converter().type().isKeyType()) {
            throw fail(owner, p.name(), DefinitionMessages.keyType(annotation, Types.describe(p.type())));
        }
    }
}
