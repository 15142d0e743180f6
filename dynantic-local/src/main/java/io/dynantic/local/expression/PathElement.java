package io.dynantic.local.expression;

/** One step of a document path. Every implementation is an immutable, thread-safe record. */
public sealed interface PathElement permits PathElement.Attribute, PathElement.NameRef, PathElement.Index {

    /** A map key or top-level attribute, named directly (or resolved from a placeholder). */
    record Attribute(String name) implements PathElement {
        @Override
        public String toString() {
            return name;
        }
    }

    /** An expression attribute name placeholder such as {@code #n}, before resolution. */
    record NameRef(String placeholder) implements PathElement {
        @Override
        public String toString() {
            return placeholder;
        }
    }

    /** A list index such as {@code [0]}. */
    record Index(int index) implements PathElement {
        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }
}
