package io.dynantic.processor;

import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Type names and tests for generated code; names leave out type-use annotations. */
final class Types {
    private Types() {}

    /** The source name of a type, primitives boxed: {@code java.util.Set<java.lang.String>}. */
    static String name(ProcessingEnvironment env, TypeMirror type) {
        if (type instanceof PrimitiveType p) {
            return env.getTypeUtils().boxedClass(p).getQualifiedName().toString();
        }
        if (type instanceof ArrayType a) {
            TypeMirror component = a.getComponentType();
            return (component.getKind().isPrimitive()
                            ? component.getKind().name().toLowerCase(java.util.Locale.ROOT)
                            : name(env, component))
                    + "[]";
        }
        if (type instanceof WildcardType w) {
            return w.getExtendsBound() == null ? "java.lang.Object" : name(env, w.getExtendsBound());
        }
        if (type instanceof DeclaredType d) {
            String raw = ((TypeElement) d.asElement()).getQualifiedName().toString();
            if (d.getTypeArguments().isEmpty()) {
                return raw;
            }
            return raw
                    + d.getTypeArguments().stream().map(t -> name(env, t)).collect(Collectors.joining(", ", "<", ">"));
        }
        return "java.lang.Object";
    }

    /** The name of the i-th type argument, {@code Object} for a raw type. */
    static String argumentName(ProcessingEnvironment env, DeclaredType type, int i) {
        if (type.getTypeArguments().size() <= i) {
            return "java.lang.Object";
        }
        return name(env, type.getTypeArguments().get(i));
    }

    static boolean isSubtype(ProcessingEnvironment env, TypeMirror type, String qualifiedName) {
        TypeElement target = env.getElementUtils().getTypeElement(qualifiedName);
        if (target == null) {
            return false;
        }
        var types = env.getTypeUtils();
        return types.isAssignable(types.erasure(type), types.erasure(target.asType()));
    }

    /** Whether a referenced class is stored as a nested model: a record, or a bean outside the JDK. */
    static boolean isNestedModel(TypeElement element) {
        if (element.getKind() == ElementKind.RECORD) {
            return true;
        }
        String name = element.getQualifiedName().toString();
        // An inner (non-static) class's constructors take the enclosing instance: the runtime finds no no-arg one.
        boolean inner =
                element.getNestingKind().isNested() && !element.getModifiers().contains(Modifier.STATIC);
        return element.getKind() == ElementKind.CLASS
                && !inner
                && !element.getModifiers().contains(Modifier.ABSTRACT)
                && !name.startsWith("java.")
                && !name.startsWith("javax.")
                && !name.startsWith("jdk.")
                && !name.startsWith("sun.")
                && !name.startsWith("software.amazon.")
                && MetamodelProcessor.Fields.hasPublicNoArgConstructor(element);
    }

    /** Whether code in package {@code pkg} can name {@code type}: no private class, no other package's non-public one. */
    static boolean accessible(ProcessingEnvironment env, TypeElement type, String pkg) {
        for (javax.lang.model.element.Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                return false;
            }
            if (!t.getModifiers().contains(Modifier.PUBLIC)
                    && !env.getElementUtils().getPackageOf(t).getQualifiedName().contentEquals(pkg)) {
                return false;
            }
        }
        return true;
    }

    /** Whether code in package {@code pkg} can name {@code type} and each of its type arguments. */
    static boolean accessible(ProcessingEnvironment env, TypeMirror type, String pkg) {
        if (type instanceof ArrayType a) {
            return accessible(env, a.getComponentType(), pkg);
        }
        if (type instanceof WildcardType w) {
            return w.getExtendsBound() == null || accessible(env, w.getExtendsBound(), pkg);
        }
        if (type instanceof DeclaredType d) {
            return accessible(env, (TypeElement) d.asElement(), pkg)
                    && d.getTypeArguments().stream().allMatch(t -> accessible(env, t, pkg));
        }
        return true;
    }
}
