package io.dynantic.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Generates the metamodel {@code User_} for each {@code @DynamoTable} type (its subtypes, for a
 * polymorphic base) and for every nested record or bean they reference: one typed attribute handle
 * per field. Reports invalid models as compile errors ({@link ModelChecks}).
 */
public final class MetamodelProcessor extends AbstractProcessor {
    static final String ANNOTATIONS = "io.dynantic.annotation.";
    private final Set<String> generated = new LinkedHashSet<>();
    /** The top-level types of this compilation's sources: only their models get generated classes. */
    private final Set<String> sourceTypes = new HashSet<>();
    /** Each generated class's model, to explain a clash of generated names. */
    private final Map<String, String> written = new HashMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ANNOTATIONS + "DynamoTable");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement tableAnnotation = processingEnv.getElementUtils().getTypeElement(ANNOTATIONS + "DynamoTable");
        if (tableAnnotation == null) {
            return false;
        }
        for (Element root : round.getRootElements()) {
            if (root instanceof TypeElement type) {
                sourceTypes.add(type.getQualifiedName().toString());
            }
        }
        ModelChecks checks = new ModelChecks(processingEnv);
        SchemaWriter schemas = new SchemaWriter(processingEnv, checks);
        // The item types: the tables themselves, or a polymorphic table's subtypes (whose base gets a schema too).
        Set<TypeElement> entities = new LinkedHashSet<>();
        for (Element e : round.getElementsAnnotatedWith(tableAnnotation)) {
            if (e instanceof TypeElement type) {
                entities.addAll(checks.checkTable(type));
                if (!entities.contains(type)
                        && generated.add(type.getQualifiedName().toString())) {
                    writeSchema(schemas, type);
                }
            }
        }
        Deque<TypeElement> nested = new ArrayDeque<>();
        for (TypeElement type : entities) {
            if (generatable(type) && generated.add(type.getQualifiedName().toString())) {
                generate(type, nested);
                writeSchema(schemas, type);
            }
        }
        while (!nested.isEmpty()) {
            TypeElement type = nested.poll();
            if (generatable(type) && generated.add(type.getQualifiedName().toString())) {
                checks.checkNested(type);
                generate(type, nested);
                writeSchema(schemas, type);
            }
        }
        return false;
    }

    /**
     * Whether this build writes the type's metamodel and schema: it is compiled from source here, or it comes from a
     * class file on the class path whose own build did not write them. A type of a named module (on the module path)
     * gets none here: its package belongs to that module.
     */
    private boolean generatable(TypeElement type) {
        TypeElement outermost = type;
        while (outermost.getEnclosingElement() instanceof TypeElement outer) {
            outermost = outer;
        }
        if (sourceTypes.contains(outermost.getQualifiedName().toString())) {
            return true;
        }
        var elements = processingEnv.getElementUtils();
        ModuleElement module = elements.getModuleOf(type);
        if (module != null && !module.isUnnamed()) {
            return false;
        }
        String pkg = packageOf(type);
        return elements.getTypeElement((pkg.isEmpty() ? "" : pkg + ".") + metamodelName(type)) == null;
    }

    /** Writes {@code User_Schema}, unless the model cannot be described in source (then reflection reads it). */
    private void writeSchema(SchemaWriter schemas, TypeElement model) {
        String pkg = packageOf(model);
        String source = schemas.write(model, pkg);
        if (source != null) {
            write(model, (pkg.isEmpty() ? "" : pkg + ".") + SchemaWriter.schemaName(model), source);
        }
    }

    private void write(TypeElement model, String qualifiedName, String source) {
        String modelName = model.getQualifiedName().toString();
        String other = written.putIfAbsent(qualifiedName, modelName);
        if (other != null) {
            processingEnv
                    .getMessager()
                    .printMessage(
                            Diagnostic.Kind.ERROR,
                            "the generated class " + qualifiedName + " would be that of " + modelName + " and of "
                                    + other + "; rename one of them",
                            model);
            return;
        }
        try (Writer out =
                processingEnv.getFiler().createSourceFile(qualifiedName, model).openWriter()) {
            out.write(source);
        } catch (IOException e) {
            processingEnv
                    .getMessager()
                    .printMessage(Diagnostic.Kind.ERROR, "cannot write " + qualifiedName + ": " + e, model);
        }
    }

    private void generate(TypeElement model, Deque<TypeElement> nested) {
        if (model.getModifiers().contains(Modifier.PRIVATE)) {
            processingEnv
                    .getMessager()
                    .printMessage(
                            Diagnostic.Kind.WARNING,
                            "no metamodel for private type " + model.getSimpleName()
                                    + "; make it package-private or public",
                            model);
            return;
        }
        String pkg = packageOf(model);
        String name = metamodelName(model);
        String modelType = model.getQualifiedName().toString();
        StringBuilder body = new StringBuilder();
        for (VariableElement field : Fields.of(model)) {
            if (Annotations.has(field, "Ignore")) {
                continue;
            }
            // A private nested type cannot be named outside its class: its handle is untyped (but it is checked).
            Handle typed = handle(field, nested);
            Handle handle = Types.accessible(processingEnv, field.asType(), pkg)
                    ? typed
                    : new Handle("Attribute", "java.lang.Object", "of");
            String attributeName = Annotations.stringValue(field, "Attribute");
            body.append("    /** {@code ")
                    .append(field.getSimpleName())
                    .append("}, stored as {@code ")
                    .append(attributeName != null ? attributeName : field.getSimpleName())
                    .append("}. */\n");
            body.append("    public static final ")
                    .append(handle.type(modelType))
                    .append(' ')
                    .append(field.getSimpleName())
                    .append(" = io.dynantic.expression.Attribute.")
                    .append(handle.factory())
                    .append("(")
                    .append(SchemaWriter.literal(
                            attributeName != null
                                    ? attributeName
                                    : field.getSimpleName().toString()))
                    .append(");\n\n");
        }
        StringBuilder source = new StringBuilder();
        if (!pkg.isEmpty()) {
            source.append("package ").append(pkg).append(";\n\n");
        }
        source.append("/** The metamodel of {@link ")
                .append(modelType)
                .append(
                        "}: a typed handle per attribute, written at build time by Dynantic's annotation processor. */\n")
                .append("public final class ")
                .append(name)
                .append(" {\n")
                .append(body)
                .append("    private ")
                .append(name)
                .append("() {}\n}\n");
        write(model, (pkg.isEmpty() ? "" : pkg + ".") + name, source.toString());
    }

    /** {@code User_} for a top-level type, {@code Outer_User_} for a nested one. */
    static String metamodelName(TypeElement model) {
        StringBuilder name = new StringBuilder(model.getSimpleName());
        for (Element e = model.getEnclosingElement(); e instanceof TypeElement outer; e = outer.getEnclosingElement()) {
            name.insert(0, outer.getSimpleName() + "_");
        }
        return name.append('_').toString();
    }

    private String packageOf(TypeElement type) {
        PackageElement p = processingEnv.getElementUtils().getPackageOf(type);
        return p.isUnnamed() ? "" : p.getQualifiedName().toString();
    }

    /** The handle class, its type arguments after the model type, and the factory method. */
    private record Handle(String simpleType, String arguments, String factory) {
        String type(String modelType) {
            return "io.dynantic.expression." + simpleType + "<" + modelType
                    + (arguments.isEmpty() ? "" : ", " + arguments) + ">";
        }
    }

    private Handle handle(VariableElement field, Deque<TypeElement> nested) {
        TypeMirror type = field.asType();
        if (Annotations.has(field, "Convert")) {
            return new Handle("Attribute", Types.name(processingEnv, type), "of");
        }
        return handle(type, nested);
    }

    /** Queues the nested models among a type's type arguments, at any depth ({@code Map<String, List<Address>>}). */
    private static void queueNestedArguments(DeclaredType type, Deque<TypeElement> nested) {
        for (TypeMirror argument : type.getTypeArguments()) {
            if (argument instanceof DeclaredType declared) {
                if (Types.isNestedModel((TypeElement) declared.asElement())) {
                    nested.add((TypeElement) declared.asElement());
                }
                queueNestedArguments(declared, nested);
            }
        }
    }

    private Handle handle(TypeMirror type, Deque<TypeElement> nested) {
        var env = processingEnv;
        if (type.getKind().isPrimitive()) {
            String boxed = Types.name(env, type);
            if (type.getKind() == TypeKind.BOOLEAN) {
                return new Handle("Attribute", boxed, "of");
            }
            if (type.getKind() == TypeKind.CHAR) {
                return new Handle("StringAttribute", "", "string");
            }
            return new Handle("NumberAttribute", boxed, "number");
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return new Handle("ComparableAttribute", Types.name(env, type), "comparable");
        }
        if (!(type instanceof DeclaredType declared)) {
            return new Handle("Attribute", Types.name(env, type), "of");
        }
        TypeElement element = (TypeElement) declared.asElement();
        String qualified = element.getQualifiedName().toString();
        switch (qualified) {
            case "java.lang.String", "java.lang.Character":
                return new Handle("StringAttribute", "", "string");
            case "java.lang.Boolean":
                return new Handle("Attribute", qualified, "of");
            case "java.util.Optional":
                return handle(declared.getTypeArguments().get(0), nested);
            default:
                break;
        }
        if (Types.isSubtype(env, type, "java.lang.Number")) {
            return new Handle("NumberAttribute", Types.name(env, type), "number");
        }
        queueNestedArguments(declared, nested);
        if (Types.isSubtype(env, type, "java.util.Set")) {
            return new Handle("SetAttribute", Types.argumentName(env, declared, 0), "set");
        }
        if (Types.isSubtype(env, type, "java.util.Collection")) {
            return new Handle("ListAttribute", Types.argumentName(env, declared, 0), "list");
        }
        if (Types.isSubtype(env, type, "java.util.Map")) {
            return new Handle("MapAttribute", Types.argumentName(env, declared, 1), "map");
        }
        if (Types.isNestedModel(element)) {
            nested.add(element);
            return new Handle("ModelAttribute", Types.name(env, type), "model");
        }
        return new Handle("ComparableAttribute", Types.name(env, type), "comparable");
    }

    /** Reading the library's annotations from elements by name, without loading their classes. */
    static final class Annotations {
        private Annotations() {}

        static AnnotationMirror find(Element e, String simpleName) {
            for (AnnotationMirror m : e.getAnnotationMirrors()) {
                if (((TypeElement) m.getAnnotationType().asElement())
                        .getQualifiedName()
                        .contentEquals(ANNOTATIONS + simpleName)) {
                    return m;
                }
            }
            return null;
        }

        static boolean has(Element e, String simpleName) {
            return find(e, simpleName) != null;
        }

        static AnnotationValue value(Element e, String simpleName, String member) {
            AnnotationMirror m = find(e, simpleName);
            if (m == null) {
                return null;
            }
            for (var entry : m.getElementValues().entrySet()) {
                if (entry.getKey().getSimpleName().contentEquals(member)) {
                    return entry.getValue();
                }
            }
            return null;
        }

        static String stringValue(Element e, String simpleName) {
            AnnotationValue v = value(e, simpleName, "value");
            return v == null ? null : (String) v.getValue();
        }

        /** The strings of an array member ({@code @GsiPartitionKey({"a", "b"})}). */
        @SuppressWarnings("unchecked")
        static List<String> strings(Element e, String simpleName, String member) {
            AnnotationValue v = value(e, simpleName, member);
            List<String> out = new ArrayList<>();
            if (v != null) {
                Object raw = v.getValue();
                if (raw instanceof List<?> list) {
                    for (AnnotationValue item : (List<AnnotationValue>) list) {
                        out.add((String) item.getValue());
                    }
                } else {
                    out.add((String) raw);
                }
            }
            return out;
        }

        /** The classes of an array member ({@code subtypes = {...}}). */
        @SuppressWarnings("unchecked")
        static List<TypeMirror> types(Element e, String simpleName, String member) {
            AnnotationValue v = value(e, simpleName, member);
            List<TypeMirror> out = new ArrayList<>();
            if (v != null && v.getValue() instanceof List<?> list) {
                for (AnnotationValue item : (List<AnnotationValue>) list) {
                    out.add((TypeMirror) item.getValue());
                }
            }
            return out;
        }
    }

    /** The mapped fields of a record or bean, superclass fields first. */
    static final class Fields {
        private Fields() {}

        static List<VariableElement> of(TypeElement type) {
            List<VariableElement> out = new ArrayList<>();
            TypeMirror superclass = type.getSuperclass();
            if (type.getKind() != ElementKind.RECORD
                    && superclass instanceof DeclaredType d
                    && !((TypeElement) d.asElement()).getQualifiedName().contentEquals("java.lang.Object")) {
                out.addAll(of((TypeElement) d.asElement()));
            }
            for (Element e : type.getEnclosedElements()) {
                if (e.getKind() == ElementKind.FIELD
                        && !e.getModifiers().contains(Modifier.STATIC)
                        && !e.getModifiers().contains(Modifier.TRANSIENT)) {
                    out.add((VariableElement) e);
                }
            }
            return out;
        }

        static boolean hasPublicNoArgConstructor(TypeElement type) {
            for (Element e : type.getEnclosedElements()) {
                if (e.getKind() == ElementKind.CONSTRUCTOR
                        && ((ExecutableElement) e).getParameters().isEmpty()
                        && e.getModifiers().contains(Modifier.PUBLIC)) {
                    return true;
                }
            }
            return false;
        }
    }
}
