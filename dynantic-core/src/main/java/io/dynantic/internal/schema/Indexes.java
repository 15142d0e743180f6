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
        for (Map<String, PropertyModel> keys : List.of(gsiPk, gsiSk, lsiSk)) {
            keys.forEach((index, key) -> checkStoredType(index, key, entities));
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

    /**
     * Whether every subtype that stores an index key's attribute stores it as one type: the table defines the
     * attribute with one, and DynamoDB refuses items with another.
     */
    private static <T> void checkStoredType(
            String index, PropertyModel key, List<? extends EntityModel<? extends T>> entities) {
        for (EntityModel<? extends T> e : entities) {
            PropertyModel p = e.object().byAttribute(key.attributeName());
            if (p != null && p.converter().type() != key.converter().type()) {
                throw ModelRules.fail(
                        e.object().type(),
                        p.name(),
                        DefinitionMessages.differentIndexKeyTypes(
                                key.schema.type().getSimpleName(),
                                e.object().type().getSimpleName(),
                                key.attributeName(),
                                index,
                                key.converter().type().name(),
                                p.converter().type().name()));
            }
        }
    }

    private static void putAll(Map<String, PropertyModel> keys, List<String> names, PropertyModel p) {
        for (String name : names) {
            keys.putIfAbsent(name, p);
        }
    }
}
