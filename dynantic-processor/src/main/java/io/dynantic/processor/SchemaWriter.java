package io.dynantic.processor;

import io.dynantic.internal.schema.FieldAnnotation;
import io.dynantic.processor.MetamodelProcessor.Annotations;
import io.dynantic.processor.MetamodelProcessor.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Writes a model's schema ({@code User_Schema}, a {@code ModelSchema}): its fields and what their annotations say
 * as constants, its accessors and constructor as plain calls, so that the runtime reads no annotation and calls
 * nothing by reflection. A model the schema cannot describe in source gets none and is read by reflection at run
 * time: a type parameter, a field type with a wildcard or type variable, a class the schema's package cannot
 * see, or a bean without its accessors (which the runtime then reports).
 */
final class SchemaWriter {
    private static final String RUNTIME = "io.dynantic.internal.schema.";
    private static final String FIELD = RUNTIME + "FieldDescription";

    private final ProcessingEnvironment env;
    private final ModelChecks checks;

    SchemaWriter(ProcessingEnvironment env, ModelChecks checks) {
        this.env = env;
        this.checks = checks;
    }

    /** {@code User_Schema} for a top-level type, {@code Outer_User_Schema} for a nested one. */
    static String schemaName(TypeElement model) {
        String metamodel = MetamodelProcessor.metamodelName(model);
        return metamodel + "Schema";
    }

    /** The schema's source, or null when the model cannot be described in source. */
    String write(TypeElement model, String pkg) {
        TypeElement base = polymorphicBase(model);
        boolean inner = model.getNestingKind().isNested()
                && !model.getModifiers().contains(Modifier.STATIC)
                && model.getKind() == ElementKind.CLASS;
        if (!model.getTypeParameters().isEmpty()
                || inner
                || !accessible(model, pkg)
                || (base != null && !accessible(base, pkg))) {
            return null;
        }
        boolean record = model.getKind() == ElementKind.RECORD;
        boolean concrete = model.getKind() == ElementKind.RECORD
                || (model.getKind() == ElementKind.CLASS
                        && !model.getModifiers().contains(Modifier.ABSTRACT));
        List<VariableElement> fields = concrete ? Fields.of(model) : List.of();
        if (concrete && !record && !hasVisibleNoArgConstructor(model)) {
            return null;
        }
        String modelType = model.getQualifiedName().toString();
        List<String> descriptions = new ArrayList<>();
        List<String> getters = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        boolean throwing = concrete && !record && noArgConstructorThrows(model);
        for (int i = 0; i < fields.size(); i++) {
            VariableElement f = fields.get(i);
            String description = description(f, pkg);
            if (description == null) {
                return null;
            }
            descriptions.add(description);
            boolean ignored = Annotations.has(f, "Ignore");
            String erased = erasedName(f.asType());
            String cast = (erased.equals("java.lang.Object") ? "" : "(" + erased + ") ") + "$v[" + i + "]";
            if (record) {
                getters.add("$o." + f.getSimpleName() + "()");
                arguments.add(cast);
            } else if (ignored) {
                getters.add("null");
            } else {
                Accessors accessors = beanAccessors(model, f);
                if (accessors == null) {
                    return null;
                }
                throwing |= accessors.throwing();
                getters.add("$o." + accessors.getter() + "()");
                // Null too (an absent attribute), over the field's initial value; a primitive is never null here.
                arguments.add(
                        f.asType().getKind().isPrimitive()
                                ? "if ($v[" + i + "] != null) {\n            $o." + accessors.setter() + "(" + cast
                                        + ");\n        }"
                                : "$o." + accessors.setter() + "(" + cast + ");");
            }
        }
        String table = table(model, pkg);
        if (table == null) {
            return null;
        }
        String discriminatorValue = Annotations.stringValue(model, "DiscriminatorValue");
        StringBuilder out = new StringBuilder();
        if (!pkg.isEmpty()) {
            out.append("package ").append(pkg).append(";\n\n");
        }
        String name = schemaName(model);
        out.append("/** How {@link ")
                .append(modelType)
                .append("} maps, written at build time by Dynantic's annotation processor. */\n")
                .append(
                        "@java.lang.SuppressWarnings({\"unchecked\", \"rawtypes\", \"cast\", \"deprecation\", \"removal\"})\n")
                .append("public final class ")
                .append(name)
                .append(" extends ")
                .append(RUNTIME)
                .append("ModelSchema<")
                .append(modelType)
                .append("> {\n")
                .append("    private static final java.util.List<")
                .append(FIELD)
                .append("> FIELDS = java.util.List.of(")
                .append(descriptions.stream().map(d -> "\n            " + d).collect(Collectors.joining(",")))
                .append(");\n\n")
                .append("    public ")
                .append(name)
                .append("() {}\n\n")
                .append(method("java.lang.Class<" + modelType + ">", "type()", "return " + modelType + ".class;"))
                .append(method("boolean", "isRecord()", "return " + record + ";"))
                .append(method("java.util.List<" + FIELD + ">", "fields()", "return FIELDS;"))
                .append(method(RUNTIME + "TableDescription", "table()", "return " + table + ";"))
                .append(method(
                        "java.lang.String",
                        "discriminatorValue()",
                        "return " + (discriminatorValue == null ? "null" : literal(discriminatorValue)) + ";"))
                .append(method(
                        "java.lang.Class<?>",
                        "polymorphicBase()",
                        "return " + (base == null ? "null" : base.getQualifiedName() + ".class") + ";"));
        StringBuilder get = new StringBuilder("switch (field) {\n");
        for (int i = 0; i < getters.size(); i++) {
            get.append("            case ")
                    .append(i)
                    .append(": return ")
                    .append(getters.get(i))
                    .append(";\n");
        }
        get.append("            default: throw new java.lang.IndexOutOfBoundsException(field);\n        }");
        out.append(method("java.lang.Object", "get(" + modelType + " $o, int field)", rethrowing(get, throwing)));
        String create;
        if (!concrete) {
            create =
                    "throw new java.lang.UnsupportedOperationException(\"" + model.getSimpleName() + " is abstract\");";
        } else if (record) {
            create = "return new " + modelType + "(" + String.join(", ", arguments) + ");";
        } else {
            create = modelType + " $o = new " + modelType + "();\n        " + String.join("\n        ", arguments)
                    + "\n        return $o;";
        }
        out.append(method(modelType, "create(java.lang.Object[] $v)", rethrowing(create, throwing)));
        out.setLength(out.length() - 1);
        return out.append("}\n").toString();
    }

    /**
     * The body as is; or, where a bean's accessors or constructor declare exceptions, within a {@code try} that lets
     * unchecked ones through and wraps checked ones as reflection does ({@code ModelSchema.unchecked}).
     */
    private static String rethrowing(CharSequence body, boolean throwing) {
        if (!throwing) {
            return body.toString();
        }
        return "try {\n            " + body.toString().replace("\n", "\n    ")
                + "\n        } catch (java.lang.Throwable $e) {\n            throw unchecked($e);\n        }";
    }

    private static String method(String returnType, String signature, String body) {
        return "    @java.lang.Override\n    public " + returnType + " " + signature + " {\n        " + body
                + "\n    }\n\n";
    }

    /** {@code new FieldDescription(...)} for a field, or null when its type or converter cannot be written. */
    private String description(VariableElement f, String pkg) {
        String type = typeLiteral(f.asType(), pkg);
        if (type == null) {
            return null;
        }
        List<String> annotations = new ArrayList<>();
        for (FieldAnnotation a : FieldAnnotation.values()) {
            if (Annotations.has(f, a.simpleName())) {
                annotations.add("io.dynantic.internal.schema.FieldAnnotation." + a.name());
            }
        }
        String convert = "null";
        var convertValue = Annotations.value(f, "Convert", "value");
        if (convertValue != null) {
            if (!(convertValue.getValue() instanceof DeclaredType converter)
                    || !accessible((TypeElement) converter.asElement(), pkg)) {
                return null;
            }
            convert = erasedName(converter) + ".class";
        }
        var formatValue = Annotations.value(f, "Format", "value");
        String format = formatValue == null
                ? "null"
                : "io.dynantic.convert.InstantFormat." + ((VariableElement) formatValue.getValue()).getSimpleName();
        String attribute = Annotations.stringValue(f, "Attribute");
        return "new " + FIELD + "(" + literal(f.getSimpleName().toString()) + ", " + type
                + ", java.util.Set.of(" + String.join(", ", annotations) + "), "
                + (attribute == null ? "null" : literal(attribute)) + ", "
                + convert + ", " + format + ", "
                + strings(Annotations.strings(f, "GsiPartitionKey", "value")) + ", "
                + strings(Annotations.strings(f, "GsiSortKey", "value")) + ", "
                + strings(Annotations.strings(f, "LsiSortKey", "value")) + ", "
                + hasNotNull(f) + ")";
    }

    /** {@code new TableDescription(...)}, {@code "null"} without {@code @DynamoTable}, or null if not writable. */
    private String table(TypeElement model, String pkg) {
        if (Annotations.find(model, "DynamoTable") == null) {
            return "null";
        }
        String name = Annotations.stringValue(model, "DynamoTable");
        var discriminatorValue = Annotations.value(model, "DynamoTable", "discriminator");
        String discriminator = discriminatorValue == null ? "" : (String) discriminatorValue.getValue();
        List<String> subtypes = new ArrayList<>();
        for (TypeElement sub : checks.subtypes(model)) {
            if (!accessible(sub, pkg)) {
                return null;
            }
            subtypes.add(sub.getQualifiedName() + ".class");
        }
        return "new " + RUNTIME + "TableDescription(" + literal(name == null ? "" : name) + ", "
                + (discriminator.isEmpty() ? "null" : literal(discriminator)) + ", java.util.List.of("
                + String.join(", ", subtypes) + "))";
    }

    /**
     * A source expression for the {@code java.lang.reflect.Type} reflection would return for {@code type}, or null
     * for wildcards, type variables, generic arrays and classes the package cannot see.
     */
    private String typeLiteral(TypeMirror type, String pkg) {
        if (type.getKind().isPrimitive()) {
            return erasedName(type) + ".class";
        }
        if (type instanceof ArrayType a) {
            // An array's class literal cannot carry type arguments: int[][] and String[] can be written, List<X>[] not.
            TypeMirror component = a.getComponentType();
            boolean generic =
                    component instanceof DeclaredType d && !d.getTypeArguments().isEmpty();
            return !generic && typeLiteral(component, pkg) != null ? erasedName(type) + ".class" : null;
        }
        if (!(type instanceof DeclaredType d) || !accessible((TypeElement) d.asElement(), pkg)) {
            return null;
        }
        if (d.getEnclosingType() instanceof DeclaredType outer
                && !outer.getTypeArguments().isEmpty()) {
            return null;
        }
        String raw = erasedName(type) + ".class";
        if (d.getTypeArguments().isEmpty()) {
            return raw;
        }
        List<String> arguments = new ArrayList<>();
        for (TypeMirror argument : d.getTypeArguments()) {
            String literal = typeLiteral(argument, pkg);
            if (literal == null) {
                return null;
            }
            arguments.add(literal);
        }
        return "io.dynantic.internal.convert.Types.parameterized(" + raw + ", " + String.join(", ", arguments) + ")";
    }

    /** The type without type arguments or type-use annotations, as source: {@code java.util.List}, {@code int[]}. */
    private static String erasedName(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(Locale.ROOT);
        }
        if (type instanceof ArrayType a) {
            return erasedName(a.getComponentType()) + "[]";
        }
        if (type instanceof DeclaredType d) {
            return ((TypeElement) d.asElement()).getQualifiedName().toString();
        }
        return "java.lang.Object";
    }

    private boolean accessible(TypeElement type, String pkg) {
        return Types.accessible(env, type, pkg);
    }

    /** A bean field's public getter and setter, and whether either declares exceptions. */
    private record Accessors(String getter, String setter, boolean throwing) {}

    /** A bean field's accessors, as the runtime finds them; null when one is missing. */
    private Accessors beanAccessors(TypeElement model, VariableElement f) {
        String field = f.getSimpleName().toString();
        String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        TypeMirror type = f.asType();
        boolean bool = type.getKind() == TypeKind.BOOLEAN || erasedName(type).equals("java.lang.Boolean");
        ExecutableElement getter = null;
        ExecutableElement setter = null;
        for (ExecutableElement m : ElementFilter.methodsIn(env.getElementUtils().getAllMembers(model))) {
            if (!m.getModifiers().contains(Modifier.PUBLIC) || m.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            String name = m.getSimpleName().toString();
            if (m.getParameters().isEmpty()
                    && (name.equals("get" + suffix) || (getter == null && bool && name.equals("is" + suffix)))) {
                getter = m;
            }
            if (name.equals("set" + suffix)
                    && m.getParameters().size() == 1
                    && env.getTypeUtils()
                            .isSameType(
                                    env.getTypeUtils()
                                            .erasure(m.getParameters().get(0).asType()),
                                    env.getTypeUtils().erasure(type))) {
                setter = m;
            }
        }
        if (getter == null || setter == null) {
            return null;
        }
        return new Accessors(
                getter.getSimpleName().toString(),
                setter.getSimpleName().toString(),
                !getter.getThrownTypes().isEmpty() || !setter.getThrownTypes().isEmpty());
    }

    /**
     * The polymorphic base whose {@code @DynamoTable} lists {@code model} among its subtypes (as the runtime finds
     * it by reflection), or null.
     */
    private TypeElement polymorphicBase(TypeElement model) {
        for (TypeElement base : supertypes(model)) {
            var discriminator = Annotations.value(base, "DynamoTable", "discriminator");
            if (Annotations.find(base, "DynamoTable") != null
                    && discriminator != null
                    && !((String) discriminator.getValue()).isEmpty()
                    && checks.subtypes(base).contains(model)) {
                return base;
            }
        }
        return null;
    }

    /** The superclasses and interfaces of {@code type}, nearest first, as {@code Subtypes.supertypes} orders them. */
    private List<TypeElement> supertypes(TypeElement type) {
        List<TypeElement> out = new ArrayList<>();
        for (TypeElement c = type; c != null; c = superclass(c)) {
            if (c != type) {
                out.add(c);
            }
            for (TypeMirror i : c.getInterfaces()) {
                TypeElement element = (TypeElement) env.getTypeUtils().asElement(i);
                out.add(element);
                out.addAll(supertypes(element));
            }
        }
        return out;
    }

    private TypeElement superclass(TypeElement type) {
        return type.getSuperclass() instanceof DeclaredType d ? (TypeElement) d.asElement() : null;
    }

    /** A no-argument constructor the schema (in the model's package) can call. */
    private static boolean hasVisibleNoArgConstructor(TypeElement model) {
        return ElementFilter.constructorsIn(model.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
    }

    private static boolean noArgConstructorThrows(TypeElement model) {
        return ElementFilter.constructorsIn(model.getEnclosedElements()).stream()
                .anyMatch(
                        c -> c.getParameters().isEmpty() && !c.getThrownTypes().isEmpty());
    }

    private static boolean hasNotNull(VariableElement f) {
        for (AnnotationMirror m : f.getAnnotationMirrors()) {
            if (((TypeElement) m.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals("jakarta.validation.constraints.NotNull")) {
                return true;
            }
        }
        return false;
    }

    private static String strings(List<String> values) {
        return values.stream().map(SchemaWriter::literal).collect(Collectors.joining(", ", "java.util.List.of(", ")"));
    }

    /** A Java string literal: {@code "a \"b\""}. */
    static String literal(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
