package io.dynantic.internal.operation;

import io.dynantic.expression.Condition;

/** Combines optional conditions. */
final class Conditions {
    private Conditions() {}

    /** Both conditions, either one when the other is null, or null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Condition<?> and(Condition<?> a, Condition<?> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return ((Condition) a).and((Condition) b);
    }
}
