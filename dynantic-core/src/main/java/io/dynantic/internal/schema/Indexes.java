package io.dynantic.internal.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secondary indexes a table's item types declare ({@code @GsiPartitionKey}, {@code @GsiSortKey},
 * {@code @LsiSortKey}), checked by {@link DefinitionRules#checkIndexes}. Stateless.
 */
final class Indexes {
    private Indexes() {}

    static <T> List<IndexModel> indexes(List<? extends EntityModel<? extends T>> entities) {
        List<SchemaDeclaration> declared = new ArrayList<>();
        for (EntityModel<? extends T> e : entities) {
            declared.add(SchemaDeclaration.of(e.object()));
        }
        ModelRules.throwIfAny(DefinitionRules.checkIndexes(declared));
        Map<String, PropertyModel> gsiPk = new LinkedHashMap<>();
        Map<String, PropertyModel> gsiSk = new LinkedHashMap<>();
        Map<String, PropertyModel> lsiSk = new LinkedHashMap<>();
        for (EntityModel<? extends T> e : entities) {
            for (PropertyModel p : e.object().properties()) {
                FieldDescription f = p.declaration();
                putAll(gsiPk, f.gsiPartitionKeys(), p);
                putAll(gsiSk, f.gsiSortKeys(), p);
                putAll(lsiSk, f.lsiSortKeys(), p);
            }
        }
        List<IndexModel> out = new ArrayList<>();
        for (Map.Entry<String, PropertyModel> pk : gsiPk.entrySet()) {
            out.add(new IndexModel(pk.getKey(), true, pk.getValue(), gsiSk.get(pk.getKey())));
        }
        for (Map.Entry<String, PropertyModel> sk : lsiSk.entrySet()) {
            out.add(new IndexModel(sk.getKey(), false, entities.get(0).partitionKey(), sk.getValue()));
        }
        return out;
    }

    private static void putAll(Map<String, PropertyModel> keys, List<String> names, PropertyModel p) {
        for (String name : names) {
            keys.putIfAbsent(name, p);
        }
    }
}
