package io.dynantic.internal.schema;

import io.dynantic.convert.AttributeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The definition rules of item types and nested models, written once over {@link Declared}: the annotation processor
 * applies them to source, the runtime to a {@link ModelSchema}. Each returns every problem it finds, in field order;
 * the processor reports each at its element, the runtime throws them together. Stateless.
 */
public final class DefinitionRules {
    private DefinitionRules() {}

    /** The key annotations, whose fields must be stored as S, N or B. */
    private static final List<FieldAnnotation> KEYS = List.of(
            FieldAnnotation.PARTITION_KEY,
            FieldAnnotation.SORT_KEY,
            FieldAnnotation.GSI_PARTITION_KEY,
            FieldAnnotation.GSI_SORT_KEY,
            FieldAnnotation.LSI_SORT_KEY);

    /** The index annotations, in the order their rules run. */
    private static final List<FieldAnnotation> INDEX_KEYS =
            List.of(FieldAnnotation.GSI_PARTITION_KEY, FieldAnnotation.GSI_SORT_KEY, FieldAnnotation.LSI_SORT_KEY);

    /**
     * What the rules read of a model: its name and fields as declared.
     *
     * @param <F> how the caller names a field (a source element, a field description)
     */
    public interface Declared<F> {
        /** The class's simple name, as messages name it. */
        String simpleName();

        /** Every field, {@code @Ignore}d ones too, in declaration order. */
        List<F> fields();

        String name(F field);

        boolean has(F field, FieldAnnotation annotation);

        /** The {@code @Attribute} value, or null without one. */
        @Nullable
        String attributeName(F field);

        /** The names an index annotation gives ({@code @GsiPartitionKey({"a", "b"})}). */
        List<String> indexNames(F field, FieldAnnotation annotation);

        /** The field type's class name (of its erasure), or a primitive's keyword. */
        String typeName(F field);

        /** The field type as messages name it: {@code Set<String>}, {@code long}. */
        String describedType(F field);

        /** Whether the type is {@code Instant} or has it among its type arguments, at any depth. */
        boolean mentionsInstant(F field);

        /**
         * How the field is stored (keys must be S, N or B; a TTL N); null when that is not known yet (at build time,
         * for types whose converter is chosen at run time).
         */
        @Nullable
        AttributeType storedType(F field);
    }

    /** A broken rule, as reported: {@code User.email: message}. */
    public sealed interface Broken permits Problem, TableProblem {
        String text();
    }

    /**
     * One broken rule of a model or its fields.
     *
     * @param model the model it is about
     * @param field the field it is about, or null for the model as a whole
     */
    public record Problem<F>(Declared<F> model, @Nullable F field, String message) implements Broken {
        /** {@code User.email: message}, or {@code User: message}. */
        @Override
        public String text() {
            return model.simpleName() + (field == null ? "" : "." + model.name(field)) + ": " + message;
        }
    }

    /**
     * What the table rules read of a {@code @DynamoTable} class and its subtypes.
     *
     * @param <C> how the caller names a class (a source element, a {@code Class})
     */
    public interface DeclaredTable<C> {
        String simpleName(C type);

        /** Whether {@code type} is an interface or abstract class. */
        boolean isAbstract(C type);

        /** Whether {@code type} extends or implements {@code base}. */
        boolean isSubtype(C type, C base);

        /** Its {@code @DiscriminatorValue}, or null without one. */
        @Nullable
        String discriminatorValue(C type);
    }

    /**
     * A broken table rule.
     *
     * @param type the class it is about
     */
    public record TableProblem<C>(C type, String text) implements Broken {}

    /**
     * The problems of a {@code @DynamoTable} class: a table name, and either one concrete item type or a
     * discriminator with subtypes that extend the base and carry distinct discriminator values.
     *
     * @param subtypes the concrete subtypes, in the order {@code TableDescription} lists them
     */
    public static <C> List<TableProblem<C>> checkTable(
            DeclaredTable<C> declared, C base, String tableName, @Nullable String discriminator, List<C> subtypes) {
        List<TableProblem<C>> problems = new ArrayList<>(0);
        String baseName = declared.simpleName(base);
        if (tableName.isBlank()) {
            problems.add(new TableProblem<>(base, baseName + ": " + DefinitionMessages.blankTableName()));
        }
        if (discriminator == null) {
            if (!subtypes.isEmpty()) {
                problems.add(new TableProblem<>(
                        base, baseName + ": " + DefinitionMessages.subtypesWithoutDiscriminator(tableName)));
            } else if (declared.isAbstract(base)) {
                problems.add(
                        new TableProblem<>(base, baseName + ": " + DefinitionMessages.abstractWithoutDiscriminator()));
            }
            return problems;
        }
        if (subtypes.isEmpty()) {
            problems.add(new TableProblem<>(
                    base, baseName + ": " + DefinitionMessages.discriminatorWithoutSubtypes(discriminator, baseName)));
        }
        Map<String, C> values = new HashMap<>();
        for (C sub : subtypes) {
            String name = declared.simpleName(sub);
            if (!declared.isSubtype(sub, base)) {
                problems.add(
                        new TableProblem<>(base, baseName + ": " + DefinitionMessages.notASubtype(name, baseName)));
                continue;
            }
            String value = declared.discriminatorValue(sub);
            if (value == null || value.isEmpty()) {
                problems.add(new TableProblem<>(sub, name + ": " + DefinitionMessages.missingDiscriminatorValue(name)));
                continue;
            }
            C clash = values.putIfAbsent(value, sub);
            if (clash != null) {
                problems.add(new TableProblem<>(
                        sub,
                        name + ": "
                                + DefinitionMessages.duplicateDiscriminatorValue(value, declared.simpleName(clash))));
            }
        }
        return problems;
    }

    /** The problems of an item type: its fields, their roles and the partition key. */
    public static <F> List<Problem<F>> checkItem(Declared<F> item, @Nullable String discriminator) {
        List<Problem<F>> problems = new ArrayList<>(0);
        checkFields(item, true, discriminator, problems);
        // An ignored key field counts: its @Ignore is the problem already reported.
        boolean partitionKey = false;
        for (F f : item.fields()) {
            partitionKey |= item.has(f, FieldAnnotation.PARTITION_KEY);
        }
        if (!partitionKey) {
            problems.add(new Problem<>(item, null, DefinitionMessages.noPartitionKey()));
        }
        return problems;
    }

    /** The problems of a nested model: its fields' own rules, and no table roles. */
    public static <F> List<Problem<F>> checkNested(Declared<F> nested) {
        List<Problem<F>> problems = new ArrayList<>(0);
        checkFields(nested, false, null, problems);
        return problems;
    }

    private static <F> void checkFields(
            Declared<F> model, boolean item, @Nullable String discriminator, List<Problem<F>> problems) {
        Map<String, F> attributes = new HashMap<>();
        Map<FieldAnnotation, F> singleRoles = new HashMap<>();
        for (F f : model.fields()) {
            int before = problems.size();
            if (model.has(f, FieldAnnotation.IGNORE)) {
                FieldAnnotation mapping = first(model, f, ModelRules.MAPPING);
                if (mapping != null) {
                    problems.add(new Problem<>(model, f, DefinitionMessages.ignoreCombined(mapping.written())));
                }
                continue;
            }
            String attributeName = model.attributeName(f);
            if (attributeName != null && attributeName.isEmpty()) {
                problems.add(new Problem<>(model, f, DefinitionMessages.emptyAttributeName()));
            }
            FieldAnnotation role = item ? null : first(model, f, ModelRules.TABLE_ROLES);
            if (role != null) {
                problems.add(new Problem<>(model, f, DefinitionMessages.roleInNestedModel(role.written())));
            }
            String stored = storedName(model.name(f), attributeName);
            F previous = attributes.putIfAbsent(stored, f);
            if (previous != null) {
                problems.add(new Problem<>(
                        model,
                        f,
                        DefinitionMessages.duplicateAttributeName(
                                stored, model.simpleName() + "." + model.name(previous))));
            }
            if (discriminator != null && stored.equals(discriminator)) {
                problems.add(new Problem<>(model, f, DefinitionMessages.discriminatorClash(discriminator)));
            }
            if (problems.size() == before && item) {
                checkRoles(model, f, singleRoles, problems);
            }
            if (problems.size() == before) {
                checkFormat(model, f, problems);
            }
        }
    }

    private static <F> void checkRoles(
            Declared<F> model, F f, Map<FieldAnnotation, F> singleRoles, List<Problem<F>> problems) {
        for (FieldAnnotation role : ModelRules.SINGLE_ROLES) {
            F first = model.has(f, role) ? singleRoles.putIfAbsent(role, f) : null;
            if (first != null) {
                problems.add(new Problem<>(model, f, DefinitionMessages.secondRole(role.written(), model.name(first))));
                return;
            }
        }
        if (model.has(f, FieldAnnotation.PARTITION_KEY) && model.has(f, FieldAnnotation.SORT_KEY)) {
            problems.add(new Problem<>(model, f, DefinitionMessages.bothKeys()));
            return;
        }
        for (FieldAnnotation key : KEYS) {
            AttributeType stored = model.has(f, key) ? model.storedType(f) : null;
            if (stored != null && !stored.isKeyType()) {
                problems.add(
                        new Problem<>(model, f, DefinitionMessages.keyType(key.written(), model.describedType(f))));
                return;
            }
        }
        for (FieldAnnotation role : ModelRules.TYPED_ROLES) {
            String problem = model.has(f, role)
                    ? ModelRules.roleTypeProblem(role, model.typeName(f), model.describedType(f))
                    : null;
            if (problem != null) {
                problems.add(new Problem<>(model, f, problem));
                return;
            }
        }
        AttributeType ttlStored = model.has(f, FieldAnnotation.TTL) ? model.storedType(f) : null;
        if (ttlStored != null && ttlStored != AttributeType.N) {
            problems.add(new Problem<>(model, f, DefinitionMessages.ttlStored(ttlStored.name())));
            return;
        }
        if (model.has(f, FieldAnnotation.AUTO_UUID)
                && !model.has(f, FieldAnnotation.PARTITION_KEY)
                && !model.has(f, FieldAnnotation.SORT_KEY)) {
            problems.add(new Problem<>(model, f, DefinitionMessages.autoUuidPlacement()));
            return;
        }
        for (FieldAnnotation index : INDEX_KEYS) {
            if (!model.has(f, index)) {
                continue;
            }
            List<String> names = model.indexNames(f, index);
            if (names.isEmpty() || anyBlank(names)) {
                problems.add(new Problem<>(model, f, DefinitionMessages.indexNameMissing(index.written())));
                return;
            }
        }
    }

    private static <F> void checkFormat(Declared<F> model, F f, List<Problem<F>> problems) {
        if (!model.has(f, FieldAnnotation.FORMAT)) {
            return;
        }
        if (model.has(f, FieldAnnotation.TTL)) {
            problems.add(new Problem<>(model, f, DefinitionMessages.formatWithTtl()));
        } else if (!model.mentionsInstant(f)) {
            problems.add(new Problem<>(model, f, DefinitionMessages.formatType(model.describedType(f))));
        }
    }

    /**
     * The index rules across a table's item types (one, or a polymorphic table's subtypes): each index has one
     * partition key and at most one sort key attribute, a sort key needs a partition key (global) or the table's
     * sort key (local), and no index is both global and local. Assumes each item passed {@link #checkItem}.
     */
    public static <F> List<Problem<F>> checkIndexes(List<? extends Declared<F>> items) {
        List<Problem<F>> problems = new ArrayList<>(0);
        Map<FieldAnnotation, Map<String, Key<F>>> keys = new HashMap<>();
        for (FieldAnnotation index : INDEX_KEYS) {
            keys.put(index, new LinkedHashMap<>());
        }
        for (Declared<F> item : items) {
            boolean sortKey = false;
            for (F f : item.fields()) {
                sortKey |= !item.has(f, FieldAnnotation.IGNORE) && item.has(f, FieldAnnotation.SORT_KEY);
            }
            for (F f : item.fields()) {
                if (item.has(f, FieldAnnotation.IGNORE)) {
                    continue;
                }
                for (FieldAnnotation index : INDEX_KEYS) {
                    if (!item.has(f, index)) {
                        continue;
                    }
                    List<String> names = item.indexNames(f, index);
                    if (index == FieldAnnotation.LSI_SORT_KEY && !sortKey) {
                        problems.add(new Problem<>(
                                item,
                                f,
                                DefinitionMessages.localIndexWithoutSortKey(names.isEmpty() ? "" : names.get(0))));
                        continue;
                    }
                    for (String name : names) {
                        Key<F> key = new Key<>(item, f, stored(item, f));
                        Key<F> previous =
                                Objects.requireNonNull(keys.get(index)).putIfAbsent(name, key);
                        if (previous != null && !previous.attribute().equals(key.attribute())) {
                            problems.add(new Problem<>(
                                    item,
                                    f,
                                    DefinitionMessages.secondIndexKey(index.written(), name, previous.named(item))));
                        }
                    }
                }
            }
        }
        Map<String, Key<F>> partitions = Objects.requireNonNull(keys.get(FieldAnnotation.GSI_PARTITION_KEY));
        for (Map.Entry<String, Key<F>> sort :
                Objects.requireNonNull(keys.get(FieldAnnotation.GSI_SORT_KEY)).entrySet()) {
            if (!partitions.containsKey(sort.getKey())) {
                Key<F> key = sort.getValue();
                problems.add(new Problem<>(
                        key.model(), key.field(), DefinitionMessages.indexSortWithoutPartition(sort.getKey())));
            }
        }
        for (Map.Entry<String, Key<F>> local :
                Objects.requireNonNull(keys.get(FieldAnnotation.LSI_SORT_KEY)).entrySet()) {
            if (partitions.containsKey(local.getKey())) {
                Key<F> key = local.getValue();
                problems.add(new Problem<>(
                        key.model(), key.field(), DefinitionMessages.indexGlobalAndLocal(local.getKey())));
            }
        }
        return problems;
    }

    /**
     * The TTL rule across a polymorphic table's subtypes: DynamoDB has one TTL attribute per table, so their
     * {@code @Ttl} fields share a stored name (and type, which only the runtime knows: a {@code @Convert} or a
     * registered converter decides it). Assumes each item passed {@link #checkItem}.
     */
    public static <F> List<Problem<F>> checkTtl(List<? extends Declared<F>> items) {
        List<Problem<F>> problems = new ArrayList<>(0);
        Key<F> first = null;
        for (Declared<F> item : items) {
            for (F f : item.fields()) {
                if (!item.has(f, FieldAnnotation.TTL)) {
                    continue;
                }
                if (first == null) {
                    first = new Key<>(item, f, stored(item, f));
                } else if (!first.attribute().equals(stored(item, f))) {
                    problems.add(new Problem<>(
                            item,
                            f,
                            DefinitionMessages.differentSubtypeTtls(
                                    first.model().simpleName(), item.simpleName())));
                }
            }
        }
        return problems;
    }

    private static boolean anyBlank(List<String> names) {
        for (String name : names) {
            if (name.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The first of {@code annotations} the field carries, or null. */
    private static <F> @Nullable FieldAnnotation first(Declared<F> model, F f, List<FieldAnnotation> annotations) {
        for (FieldAnnotation a : annotations) {
            if (model.has(f, a)) {
                return a;
            }
        }
        return null;
    }

    /** A key or TTL field and its stored attribute. */
    private record Key<F>(Declared<F> model, F field, String attribute) {
        /** The field as a message about {@code other}'s fields names it: {@code x}, or {@code Other.x}. */
        String named(Declared<F> other) {
            return (model == other ? "" : model.simpleName() + ".") + model.name(field);
        }
    }

    private static <F> String stored(Declared<F> model, F f) {
        return storedName(model.name(f), model.attributeName(f));
    }

    /**
     * The attribute a field is stored under: its {@code @Attribute} name, else its own (an empty {@code @Attribute},
     * a broken rule reported by {@link #checkItem}, falls back to the field's name as well).
     */
    public static String storedName(String fieldName, @Nullable String attributeName) {
        return attributeName == null || attributeName.isEmpty() ? fieldName : attributeName;
    }
}
