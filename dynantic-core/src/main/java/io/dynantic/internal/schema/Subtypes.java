package io.dynantic.internal.schema;

import io.dynantic.annotation.DynamoTable;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The subtypes of a polymorphic base (sealed permits and {@code @DynamoTable(subtypes)}), a subtype's bases,
 * and the rules that they share one key and one TTL attribute. Stateless.
 */
final class Subtypes {
    private Subtypes() {}

    static List<Class<?>> supertypes(Class<?> type) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c != type) {
                out.add(c);
            }
            for (Class<?> i : c.getInterfaces()) {
                out.add(i);
                out.addAll(supertypes(i));
            }
        }
        return out;
    }

    static <T> void checkSharedKeys(Class<T> base, List<EntityModel<? extends T>> entities) {
        EntityModel<? extends T> first = entities.get(0);
        for (EntityModel<? extends T> e : entities) {
            if (!sameKey(first.partitionKey(), e.partitionKey()) || !sameKey(first.sortKey(), e.sortKey())) {
                throw ModelRules.fail(
                        base,
                        DefinitionMessages.differentSubtypeKeys(
                                first.object().type().getSimpleName(),
                                e.object().type().getSimpleName()));
            }
        }
    }

    /**
     * Refuses subtypes whose {@code @Version}, {@code @CreatedAt} or {@code @UpdatedAt} attributes differ: a write
     * through the base (an update by key, which names no subtype) applies one set of them to every item.
     */
    static <T> void checkSharedWriteRoles(Class<T> base, List<EntityModel<? extends T>> entities) {
        EntityModel<? extends T> first = entities.get(0);
        for (EntityModel<? extends T> e : entities) {
            String role = !sameKey(first.version(), e.version())
                    ? "@Version"
                    : !sameAll(first.createdAt(), e.createdAt())
                            ? "@CreatedAt"
                            : !sameAll(first.updatedAt(), e.updatedAt()) ? "@UpdatedAt" : null;
            if (role != null) {
                throw ModelRules.fail(
                        base,
                        DefinitionMessages.differentSubtypeWriteRoles(
                                role,
                                first.object().type().getSimpleName(),
                                e.object().type().getSimpleName()));
            }
        }
    }

    private static boolean sameAll(List<PropertyModel> a, List<PropertyModel> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (PropertyModel p : a) {
            if (b.stream().noneMatch(q -> sameKey(p, q))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The table's TTL attribute: the {@code @Ttl} property of any subtype (DynamoDB has one per table, so all of
     * them share its stored name and type); null when none has one.
     */
    static <T> @Nullable PropertyModel ttl(List<EntityModel<? extends T>> entities) {
        List<SchemaDeclaration> declared = new ArrayList<>();
        for (EntityModel<? extends T> e : entities) {
            declared.add(SchemaDeclaration.of(e.object()));
        }
        ModelRules.throwIfAny(DefinitionRules.checkTtl(declared));
        // The names agree now; the stored types are the converters' to decide.
        PropertyModel first = null;
        for (EntityModel<? extends T> e : entities) {
            PropertyModel ttl = e.ttl();
            if (first == null) {
                first = ttl;
            } else if (ttl != null && !sameKey(first, ttl)) {
                throw ModelRules.fail(
                        e.object().type(),
                        ttl.name(),
                        DefinitionMessages.differentSubtypeTtls(
                                first.schema.type().getSimpleName(),
                                e.object().type().getSimpleName()));
            }
        }
        return first;
    }

    private static boolean sameKey(@Nullable PropertyModel a, @Nullable PropertyModel b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.attributeName().equals(b.attributeName())
                && a.converter().type() == b.converter().type();
    }

    static List<Class<?>> subtypes(Class<?> type, DynamoTable table) {
        Set<Class<?>> out = new LinkedHashSet<>();
        if (type.isSealed()) {
            collectConcrete(type, out);
        }
        for (Class<?> c : table.subtypes()) {
            collectConcrete(c, out);
        }
        return List.copyOf(out);
    }

    private static void collectConcrete(Class<?> type, Set<Class<?>> out) {
        if (type.isSealed()) {
            for (Class<?> p : type.getPermittedSubclasses()) {
                collectConcrete(p, out);
            }
            if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                out.add(type);
            }
        } else {
            out.add(type);
        }
    }
}
