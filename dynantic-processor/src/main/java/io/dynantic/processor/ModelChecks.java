package io.dynantic.processor;

import io.dynantic.annotation.AutoUuid;
import io.dynantic.internal.schema.DefinitionMessages;
import io.dynantic.internal.schema.ModelRules;
import io.dynantic.processor.MetamodelProcessor.Annotations;
import io.dynantic.processor.MetamodelProcessor.Fields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * The model definition rules that can be decided from source, reported as compile errors with the
 * same texts as the runtime check ({@link DefinitionMessages}). Rules that depend on converters
 * registered at run time (whether a type is supported at all) are left to the runtime check.
 */
final class ModelChecks {
    // The runtime's lists, by simple name: the processor reads annotations by name from source.
    private static final List<String> TABLE_ROLES = names(ModelRules.TABLE_ROLES);
    private static final List<String> MAPPING = names(ModelRules.MAPPING);
    private static final Set<String> SINGLE_ROLES = Set.copyOf(names(ModelRules.SINGLE_ROLES));

    private static List<String> names(List<Class<? extends java.lang.annotation.Annotation>> annotations) {
        return annotations.stream().map(Class::getSimpleName).toList();
    }

    private final ProcessingEnvironment env;

    ModelChecks(ProcessingEnvironment env) {
        this.env = env;
    }

    /** Checks a {@code @DynamoTable} type; returns the concrete item types to generate metamodels for. */
    List<TypeElement> checkTable(TypeElement type) {
        String tableName = Annotations.stringValue(type, "DynamoTable");
        if (tableName == null || tableName.isBlank()) {
            return error(type, null, DefinitionMessages.blankTableName());
        }
        var discriminatorValue = Annotations.value(type, "DynamoTable", "discriminator");
        String discriminator = discriminatorValue == null ? "" : (String) discriminatorValue.getValue();
        List<TypeElement> subtypes = subtypes(type);
        boolean isAbstract =
                type.getKind() == ElementKind.INTERFACE || type.getModifiers().contains(Modifier.ABSTRACT);
        if (discriminator.isEmpty()) {
            if (!subtypes.isEmpty()) {
                return error(type, null, DefinitionMessages.subtypesWithoutDiscriminator(tableName));
            }
            if (isAbstract) {
                return error(type, null, DefinitionMessages.abstractWithoutDiscriminator());
            }
            checkEntity(type, null);
            return List.of(type);
        }
        if (subtypes.isEmpty()) {
            return error(type, null, DefinitionMessages.discriminatorWithoutSubtypes(discriminator, name(type)));
        }
        Map<String, TypeElement> values = new HashMap<>();
        for (TypeElement sub : subtypes) {
            if (!env.getTypeUtils()
                    .isAssignable(
                            env.getTypeUtils().erasure(sub.asType()),
                            env.getTypeUtils().erasure(type.asType()))) {
                return error(type, null, DefinitionMessages.notASubtype(name(sub), name(type)));
            }
            String value = Annotations.stringValue(sub, "DiscriminatorValue");
            if (value == null || value.isEmpty()) {
                return error(sub, null, DefinitionMessages.missingDiscriminatorValue(name(sub)));
            }
            TypeElement clash = values.put(value, sub);
            if (clash != null) {
                return error(sub, null, DefinitionMessages.duplicateDiscriminatorValue(value, name(clash)));
            }
            checkEntity(sub, discriminator);
        }
        return subtypes;
    }

    /** A polymorphic base's concrete subtypes, in the order the runtime reads them. */
    List<TypeElement> subtypes(TypeElement type) {
        Set<TypeElement> out = new LinkedHashSet<>();
        if (type.getModifiers().contains(Modifier.SEALED)) {
            collectConcrete(type, out);
        }
        for (TypeMirror m : Annotations.types(type, "DynamoTable", "subtypes")) {
            collectConcrete((TypeElement) env.getTypeUtils().asElement(m), out);
        }
        return new ArrayList<>(out);
    }

    private void collectConcrete(TypeElement type, Set<TypeElement> out) {
        if (type.getModifiers().contains(Modifier.SEALED)) {
            for (TypeMirror p : type.getPermittedSubclasses()) {
                collectConcrete((TypeElement) env.getTypeUtils().asElement(p), out);
            }
            if (type.getKind() != ElementKind.INTERFACE && !type.getModifiers().contains(Modifier.ABSTRACT)) {
                out.add(type);
            }
        } else {
            out.add(type);
        }
    }

    /** Checks the fields of one item type. Returns false after reporting the first problem. */
    private boolean checkEntity(TypeElement type, String discriminator) {
        Map<String, VariableElement> roles = new HashMap<>();
        Map<String, String> attributeOwners = new HashMap<>();
        Map<String, VariableElement> gsiPartition = new LinkedHashMap<>();
        Map<String, VariableElement> gsiSort = new LinkedHashMap<>();
        Map<String, VariableElement> lsiSort = new LinkedHashMap<>();
        for (VariableElement f : Fields.of(type)) {
            if (!checkMapping(type, f)) {
                return false;
            }
            if (Annotations.has(f, "Ignore")) {
                continue;
            }
            String attributeName = attributeName(f);
            String previous =
                    attributeOwners.putIfAbsent(attributeName, f.getSimpleName().toString());
            if (previous != null) {
                return fail(
                        type, f, DefinitionMessages.duplicateAttributeName(attributeName, name(type) + "." + previous));
            }
            if (attributeName.equals(discriminator)) {
                return fail(type, f, DefinitionMessages.discriminatorClash(discriminator));
            }
            for (String role : TABLE_ROLES) {
                if (Annotations.has(f, role) && SINGLE_ROLES.contains(role)) {
                    VariableElement first = roles.putIfAbsent(role, f);
                    if (first != null) {
                        return fail(
                                type,
                                f,
                                DefinitionMessages.secondRole(
                                        "@" + role, first.getSimpleName().toString()));
                    }
                }
            }
            if (!checkRoleTypes(type, f)) {
                return false;
            }
            if (!putIndexKeys(type, f, "GsiPartitionKey", gsiPartition)
                    || !putIndexKeys(type, f, "GsiSortKey", gsiSort)
                    || !putIndexKeys(type, f, "LsiSortKey", lsiSort)) {
                return false;
            }
        }
        if (!roles.containsKey("PartitionKey")) {
            return fail(type, null, DefinitionMessages.noPartitionKey());
        }
        for (var sk : gsiSort.entrySet()) {
            if (!gsiPartition.containsKey(sk.getKey())) {
                return fail(type, sk.getValue(), DefinitionMessages.indexSortWithoutPartition(sk.getKey()));
            }
        }
        for (var sk : lsiSort.entrySet()) {
            if (!roles.containsKey("SortKey")) {
                return fail(type, sk.getValue(), DefinitionMessages.localIndexWithoutSortKey(sk.getKey()));
            }
            if (gsiPartition.containsKey(sk.getKey())) {
                return fail(type, sk.getValue(), DefinitionMessages.indexGlobalAndLocal(sk.getKey()));
            }
        }
        return true;
    }

    /** Checks a nested model: table roles have no place there. */
    void checkNested(TypeElement type) {
        for (VariableElement f : Fields.of(type)) {
            if (!checkMapping(type, f)) {
                return;
            }
            for (String role : TABLE_ROLES) {
                if (Annotations.has(f, role)) {
                    fail(type, f, DefinitionMessages.roleInNestedModel("@" + role));
                    return;
                }
            }
        }
    }

    private boolean checkMapping(TypeElement type, VariableElement f) {
        if (Annotations.has(f, "Ignore")) {
            for (String a : MAPPING) {
                if (Annotations.has(f, a)) {
                    return fail(type, f, DefinitionMessages.ignoreCombined("@" + a));
                }
            }
        }
        String rename = Annotations.stringValue(f, "Attribute");
        if (rename != null && rename.isEmpty()) {
            return fail(type, f, DefinitionMessages.emptyAttributeName());
        }
        return true;
    }

    private boolean checkRoleTypes(TypeElement type, VariableElement f) {
        TypeMirror t = f.asType();
        String described = describe(t);
        boolean converted = Annotations.has(f, "Convert");
        if (Annotations.has(f, "PartitionKey") && Annotations.has(f, "SortKey")) {
            return fail(type, f, DefinitionMessages.bothKeys());
        }
        for (String key : List.of("PartitionKey", "SortKey", "GsiPartitionKey", "GsiSortKey", "LsiSortKey")) {
            if (Annotations.has(f, key) && !converted && isNeverKey(t)) {
                return fail(type, f, DefinitionMessages.keyType("@" + key, described));
            }
        }
        for (Class<? extends java.lang.annotation.Annotation> role : ModelRules.TYPED_ROLES) {
            if (Annotations.has(f, role.getSimpleName())) {
                String problem = ModelRules.roleTypeProblem(role, typeName(t), described);
                if (problem != null) {
                    return fail(type, f, problem);
                }
            }
            if (role == AutoUuid.class
                    && Annotations.has(f, "AutoUuid")
                    && !Annotations.has(f, "PartitionKey")
                    && !Annotations.has(f, "SortKey")) {
                return fail(type, f, DefinitionMessages.autoUuidPlacement());
            }
        }
        if (Annotations.has(f, "Format")) {
            if (Annotations.has(f, "Ttl")) {
                return fail(type, f, DefinitionMessages.formatWithTtl());
            }
            if (!mentionsInstant(t)) {
                return fail(type, f, DefinitionMessages.formatType(described));
            }
        }
        return true;
    }

    /** The type's name as the runtime's rules name it: a primitive's keyword, else the erasure's class name. */
    private String typeName(TypeMirror t) {
        if (t.getKind().isPrimitive()) {
            return t.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        TypeMirror erased = env.getTypeUtils().erasure(t);
        return erased instanceof DeclaredType d
                ? ((TypeElement) d.asElement()).getQualifiedName().toString()
                : erased.toString();
    }

    /** Whether {@code t} is {@code Instant} or has it among its type arguments, at any depth. */
    private static boolean mentionsInstant(TypeMirror t) {
        if (!(t instanceof DeclaredType d)) {
            return false;
        }
        if (((TypeElement) d.asElement()).getQualifiedName().contentEquals("java.time.Instant")) {
            return true;
        }
        for (TypeMirror argument : d.getTypeArguments()) {
            if (mentionsInstant(argument)) {
                return true;
            }
        }
        return false;
    }

    private boolean putIndexKeys(
            TypeElement type, VariableElement f, String annotation, Map<String, VariableElement> keys) {
        if (!Annotations.has(f, annotation)) {
            return true;
        }
        List<String> names = Annotations.strings(f, annotation, "value");
        if (names.isEmpty()) {
            return fail(type, f, DefinitionMessages.indexNameMissing("@" + annotation));
        }
        for (String index : names) {
            if (index.isBlank()) {
                return fail(type, f, DefinitionMessages.indexNameMissing("@" + annotation));
            }
            VariableElement previous = keys.putIfAbsent(index, f);
            if (previous != null) {
                return fail(
                        type,
                        f,
                        DefinitionMessages.secondIndexKey(
                                "@" + annotation,
                                index,
                                previous.getSimpleName().toString()));
            }
        }
        return true;
    }

    /** Types that no converter stores as S, N or B: collections, maps, booleans, optionals, nested models. */
    private boolean isNeverKey(TypeMirror t) {
        if (t.getKind() == TypeKind.BOOLEAN) {
            return true;
        }
        if (!(t instanceof DeclaredType d)) {
            return false;
        }
        TypeElement e = (TypeElement) d.asElement();
        return Types.isSubtype(env, t, "java.util.Collection")
                || Types.isSubtype(env, t, "java.util.Map")
                || e.getQualifiedName().contentEquals("java.lang.Boolean")
                || e.getQualifiedName().contentEquals("java.util.Optional")
                || Types.isNestedModel(e);
    }

    private static String attributeName(VariableElement f) {
        String rename = Annotations.stringValue(f, "Attribute");
        return rename != null ? rename : f.getSimpleName().toString();
    }

    /** A type as the runtime check names it: simple names, {@code Set<String>}, {@code long}. */
    static String describe(TypeMirror t) {
        if (t.getKind().isPrimitive()) {
            return t.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (t instanceof ArrayType a) {
            return describe(a.getComponentType()) + "[]";
        }
        if (t instanceof DeclaredType d) {
            String simple = d.asElement().getSimpleName().toString();
            if (d.getTypeArguments().isEmpty()) {
                return simple;
            }
            return simple
                    + d.getTypeArguments().stream()
                            .map(ModelChecks::describe)
                            .collect(Collectors.joining(", ", "<", ">"));
        }
        return t.toString();
    }

    private static String name(TypeElement type) {
        return type.getSimpleName().toString();
    }

    private <T> List<T> error(TypeElement type, Element field, String message) {
        fail(type, field, message);
        return List.of();
    }

    private boolean fail(TypeElement type, Element field, String message) {
        String where = name(type) + (field == null ? "" : "." + field.getSimpleName());
        env.getMessager().printMessage(Diagnostic.Kind.ERROR, where + ": " + message, field == null ? type : field);
        return false;
    }
}
