package io.dynantic.internal.schema;

import io.dynantic.annotation.GsiPartitionKey;
import io.dynantic.annotation.GsiSortKey;
import io.dynantic.annotation.LsiSortKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The secondary indexes a model's fields declare ({@code @GsiPartitionKey}, {@code @GsiSortKey}, {@code @LsiSortKey}), checked. Stateless. */
final class Indexes {
    private Indexes() {}

    static <T> List<IndexModel> indexes(Class<T> type, List<? extends EntityModel<? extends T>> entities) {
        Map<String, PropertyModel> gsiPk = new LinkedHashMap<>();
        Map<String, PropertyModel> gsiSk = new LinkedHashMap<>();
        Map<String, PropertyModel> lsiSk = new LinkedHashMap<>();
        for (EntityModel<? extends T> e : entities) {
            Class<?> owner = e.object().type();
            for (PropertyModel p : e.object().properties()) {
                FieldDescription f = p.declaration();
                if (f.has(GsiPartitionKey.class)) {
                    putIndexKey(gsiPk, f.gsiPartitionKeys(), p, owner, "@GsiPartitionKey");
                }
                if (f.has(GsiSortKey.class)) {
                    putIndexKey(gsiSk, f.gsiSortKeys(), p, owner, "@GsiSortKey");
                }
                if (f.has(LsiSortKey.class)) {
                    List<String> names = f.lsiSortKeys();
                    if (e.sortKey() == null) {
                        throw ModelRules.fail(
                                owner,
                                p.name(),
                                DefinitionMessages.localIndexWithoutSortKey(names.isEmpty() ? "" : names.get(0)));
                    }
                    putIndexKey(lsiSk, names, p, owner, "@LsiSortKey");
                }
            }
        }
        List<IndexModel> out = new ArrayList<>();
        for (Map.Entry<String, PropertyModel> sk : gsiSk.entrySet()) {
            if (!gsiPk.containsKey(sk.getKey())) {
                PropertyModel p = sk.getValue();
                throw ModelRules.fail(
                        ownerOf(entities, p), p.name(), DefinitionMessages.indexSortWithoutPartition(sk.getKey()));
            }
        }
        for (Map.Entry<String, PropertyModel> pk : gsiPk.entrySet()) {
            out.add(new IndexModel(pk.getKey(), true, pk.getValue(), gsiSk.get(pk.getKey())));
        }
        for (Map.Entry<String, PropertyModel> sk : lsiSk.entrySet()) {
            if (gsiPk.containsKey(sk.getKey())) {
                PropertyModel p = sk.getValue();
                throw ModelRules.fail(
                        ownerOf(entities, p), p.name(), DefinitionMessages.indexGlobalAndLocal(sk.getKey()));
            }
            out.add(new IndexModel(sk.getKey(), false, entities.get(0).partitionKey(), sk.getValue()));
        }
        return out;
    }

    private static Class<?> ownerOf(List<? extends EntityModel<?>> entities, PropertyModel p) {
        for (EntityModel<?> e : entities) {
            if (e.object().properties().contains(p)) {
                return e.object().type();
            }
        }
        return entities.get(0).object().type();
    }

    private static void putIndexKey(
            Map<String, PropertyModel> keys, List<String> names, PropertyModel p, Class<?> owner, String annotation) {
        if (names.isEmpty()) {
            throw ModelRules.fail(owner, p.name(), DefinitionMessages.indexNameMissing(annotation));
        }
        for (String name : names) {
            if (name.isBlank()) {
                throw ModelRules.fail(owner, p.name(), DefinitionMessages.indexNameMissing(annotation));
            }
            ModelRules.checkKeyType(owner, p, annotation);
            PropertyModel previous = keys.putIfAbsent(name, p);
            if (previous != null && !previous.attributeName().equals(p.attributeName())) {
                throw ModelRules.fail(
                        owner, p.name(), DefinitionMessages.secondIndexKey(annotation, name, previous.name()));
            }
        }
    }
}
