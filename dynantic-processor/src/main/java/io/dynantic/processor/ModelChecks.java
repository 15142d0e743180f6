package io.dynantic.processor;

import io.dynantic.internal.schema.DefinitionRules;
import io.dynantic.internal.schema.FieldAnnotation;
import io.dynantic.processor.MetamodelProcessor.Annotations;
import io.dynantic.processor.MetamodelProcessor.Fields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * The runtime's model definition rules ({@link DefinitionRules}) applied to source, each broken one reported as a
 * compile error at its field or class. What depends on converters registered at run time (whether a type is
 * supported at all, custom key types) is left to the runtime.
 */
final class ModelChecks {
    private final ProcessingEnvironment env;

    ModelChecks(ProcessingEnvironment env) {
        this.env = env;
    }

    /** Checks a {@code @DynamoTable} type; returns the concrete item types to generate metamodels for. */
    List<TypeElement> checkTable(TypeElement type) {
        String tableName = Annotations.stringValue(type, "DynamoTable");
        var discriminatorValue = Annotations.value(type, "DynamoTable", "discriminator");
        String discriminator = discriminatorValue == null ? "" : (String) discriminatorValue.getValue();
        List<TypeElement> subtypes = subtypes(type);
        var problems = DefinitionRules.checkTable(
                new SourceTable(),
                type,
                tableName == null ? "" : tableName,
                discriminator.isEmpty() ? null : discriminator,
                subtypes);
        for (DefinitionRules.TableProblem<TypeElement> problem : problems) {
            env.getMessager().printMessage(Diagnostic.Kind.ERROR, problem.text(), problem.type());
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<TypeElement> items = discriminator.isEmpty() ? List.of(type) : subtypes;
        List<SourceDeclaration> declared =
                items.stream().map(SourceDeclaration::new).toList();
        boolean broken = false;
        for (SourceDeclaration item : declared) {
            broken |= report(DefinitionRules.checkItem(item, discriminator.isEmpty() ? null : discriminator));
        }
        if (!broken) {
            // As at run time, the index and TTL rules apply to item types that pass their own.
            report(DefinitionRules.checkIndexes(declared));
            report(DefinitionRules.checkTtl(declared));
        }
        return items;
    }

    /** Classes in source, as the table rules read them. */
    private final class SourceTable implements DefinitionRules.DeclaredTable<TypeElement> {
        @Override
        public String simpleName(TypeElement type) {
            return type.getSimpleName().toString();
        }

        @Override
        public boolean isAbstract(TypeElement type) {
            return type.getKind() == ElementKind.INTERFACE
                    || type.getModifiers().contains(Modifier.ABSTRACT);
        }

        @Override
        public boolean isSubtype(TypeElement type, TypeElement base) {
            var types = env.getTypeUtils();
            return types.isAssignable(types.erasure(type.asType()), types.erasure(base.asType()));
        }

        @Override
        public String discriminatorValue(TypeElement type) {
            return Annotations.stringValue(type, "DiscriminatorValue");
        }
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

    /** Checks a nested model with the runtime's rules: its own, and no table roles. */
    void checkNested(TypeElement type) {
        report(DefinitionRules.checkNested(new SourceDeclaration(type)));
    }

    /**
     * Reports each problem as a compile error at its field, or at the class for the model as a whole; returns
     * whether there were any.
     */
    private boolean report(List<DefinitionRules.Problem<VariableElement>> problems) {
        for (DefinitionRules.Problem<VariableElement> problem : problems) {
            Element at = problem.field() != null ? problem.field() : ((SourceDeclaration) problem.model()).type;
            env.getMessager().printMessage(Diagnostic.Kind.ERROR, problem.text(), at);
        }
        return !problems.isEmpty();
    }

    /** A model's source, as the definition rules read it. */
    private final class SourceDeclaration implements DefinitionRules.Declared<VariableElement> {
        final TypeElement type;
        private final List<VariableElement> fields;

        SourceDeclaration(TypeElement type) {
            this.type = type;
            this.fields = Fields.of(type);
        }

        @Override
        public String simpleName() {
            return type.getSimpleName().toString();
        }

        @Override
        public List<VariableElement> fields() {
            return fields;
        }

        @Override
        public String name(VariableElement field) {
            return field.getSimpleName().toString();
        }

        @Override
        public boolean has(VariableElement field, FieldAnnotation annotation) {
            return Annotations.has(field, annotation.simpleName());
        }

        @Override
        public String attributeName(VariableElement field) {
            return Annotations.stringValue(field, "Attribute");
        }

        @Override
        public List<String> indexNames(VariableElement field, FieldAnnotation annotation) {
            return Annotations.strings(field, annotation.simpleName(), "value");
        }

        @Override
        public String typeName(VariableElement field) {
            return ModelChecks.this.typeName(field.asType());
        }

        @Override
        public String describedType(VariableElement field) {
            return describe(field.asType());
        }

        @Override
        public boolean mentionsInstant(VariableElement field) {
            return ModelChecks.mentionsInstant(field.asType());
        }

        /**
         * Not known at build time: a converter registered with the builder, or a factory, can store any type as S, N
         * or B (a value-object id, say), so the runtime decides.
         */
        @Override
        public io.dynantic.convert.AttributeType storedType(VariableElement field) {
            return null;
        }
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
}
