package io.dynantic.local.expression.eval;

import io.dynantic.local.expression.Condition;
import io.dynantic.local.expression.Operand;
import io.dynantic.local.value.KeyOrder;
import io.dynantic.local.value.Type;
import io.dynantic.local.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Evaluates a resolved condition against an item with DynamoDB's semantics: a missing attribute or a comparison
 * of different types makes {@code =}, ordering, BETWEEN, IN and the functions false (and {@code <>} true);
 * ordering works on S, N and B only. Stateless and thread-safe.
 */
public final class ConditionEvaluator {
    private ConditionEvaluator() {}

    /** Whether {@code item} satisfies {@code condition}. */
    public static boolean test(Condition condition, Map<String, Value> item) {
        if (condition instanceof Condition.And and) {
            return test(and.left(), item) && test(and.right(), item);
        }
        if (condition instanceof Condition.Or or) {
            return test(or.left(), item) || test(or.right(), item);
        }
        if (condition instanceof Condition.Not not) {
            return !test(not.condition(), item);
        }
        if (condition instanceof Condition.Compare c) {
            return compare(c, value(c.left(), item), value(c.right(), item));
        }
        if (condition instanceof Condition.Between b) {
            Value v = value(b.operand(), item);
            Value lower = value(b.lower(), item);
            Value upper = value(b.upper(), item);
            return ordered(v, lower)
                    && ordered(v, upper)
                    && KeyOrder.INSTANCE.compare(lower, v) <= 0
                    && KeyOrder.INSTANCE.compare(v, upper) <= 0;
        }
        if (condition instanceof Condition.In in) {
            Value v = value(in.operand(), item);
            return v != null && in.candidates().stream().anyMatch(candidate -> v.equals(value(candidate, item)));
        }
        if (condition instanceof Condition.AttributeExists e) {
            return Documents.get(item, e.path()) != null;
        }
        if (condition instanceof Condition.AttributeNotExists e) {
            return Documents.get(item, e.path()) == null;
        }
        if (condition instanceof Condition.AttributeType t) {
            Value v = Documents.get(item, t.path());
            return v != null
                    && value(t.type(), item) instanceof Value.S s
                    && v.type().name().equals(s.value());
        }
        if (condition instanceof Condition.BeginsWith b) {
            Value v = value(b.operand(), item);
            Value prefix = value(b.prefix(), item);
            if (v instanceof Value.S s && prefix instanceof Value.S p) {
                return s.value().startsWith(p.value());
            }
            return v instanceof Value.B bytes && prefix instanceof Value.B p && bytes.startsWith(p);
        }
        Condition.Contains c = (Condition.Contains) condition;
        return contains(value(c.operand(), item), value(c.element(), item));
    }

    private static boolean compare(Condition.Compare c, Value left, Value right) {
        switch (c.op()) {
            case EQ:
                return left != null && left.equals(right);
            case NE:
                return left == null || !left.equals(right);
            default:
                if (!ordered(left, right)) {
                    return false;
                }
                int order = KeyOrder.INSTANCE.compare(left, right);
                return switch (c.op()) {
                    case LT -> order < 0;
                    case LE -> order <= 0;
                    case GT -> order > 0;
                    default -> order >= 0;
                };
        }
    }

    private static boolean ordered(Value a, Value b) {
        return a != null && b != null && KeyOrder.comparable(a, b);
    }

    private static boolean contains(Value container, Value element) {
        if (container == null || element == null) {
            return false;
        }
        if (container instanceof Value.S s) {
            return element instanceof Value.S e && s.value().contains(e.value());
        }
        if (container instanceof Value.SS ss) {
            return element instanceof Value.S e && ss.values().contains(e.value());
        }
        if (container instanceof Value.NS ns) {
            return element instanceof Value.N e && ns.values().contains(e.value());
        }
        if (container instanceof Value.BS bs) {
            return element instanceof Value.B e && bs.values().contains(e);
        }
        return container instanceof Value.L l && l.values().contains(element);
    }

    /** The value of a condition operand, or {@code null} if it has none (a missing path, a size-less type). */
    static Value value(Operand operand, Map<String, Value> item) {
        if (operand instanceof Operand.Literal literal) {
            return literal.value();
        }
        if (operand instanceof Operand.PathOperand p) {
            return Documents.get(item, p.path());
        }
        if (operand instanceof Operand.Size size) {
            Value v = value(size.operand(), item);
            Integer n = v == null ? null : sizeOf(v);
            return n == null ? null : new Value.N(BigDecimal.valueOf(n));
        }
        throw new IllegalStateException("not a resolved condition operand: " + operand);
    }

    /**
     * DynamoDB's {@code size()}: the UTF-8 length of a string, bytes of a binary, elements of a set, list or map;
     * {@code null} for other types. (Whether DynamoDB counts a string in UTF-8 bytes or characters is not
     * confirmed; the two agree for ASCII.)
     */
    static Integer sizeOf(Value v) {
        if (v instanceof Value.S s) {
            return s.value().getBytes(StandardCharsets.UTF_8).length;
        }
        if (v instanceof Value.B b) {
            return b.length();
        }
        if (v instanceof Value.SS ss) {
            return ss.values().size();
        }
        if (v instanceof Value.NS ns) {
            return ns.values().size();
        }
        if (v instanceof Value.BS bs) {
            return bs.values().size();
        }
        if (v instanceof Value.L l) {
            return l.values().size();
        }
        return v.type() == Type.M ? ((Value.M) v).values().size() : null;
    }
}
