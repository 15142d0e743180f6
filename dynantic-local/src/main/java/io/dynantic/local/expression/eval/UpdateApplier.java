package io.dynantic.local.expression.eval;

import io.dynantic.local.ValidationException;
import io.dynantic.local.expression.ExpressionKind;
import io.dynantic.local.expression.Operand;
import io.dynantic.local.expression.Path;
import io.dynantic.local.expression.PathElement;
import io.dynantic.local.expression.UpdateAction;
import io.dynantic.local.expression.UpdateExpression;
import io.dynantic.local.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a resolved update expression to an item and returns the new item; the given item is not changed.
 * As in DynamoDB, every operand is read from the item as it was before the update, list elements are set in the
 * order of their element numbers, and REMOVE of list elements uses the indexes of the old list. Stateless and
 * thread-safe.
 */
public final class UpdateApplier {
    // DynamoDB's message for an operand path that is missing; listed among the causes of a failed update in the
    // DynamoDB API Reference (TransactionCanceledException) and matched on by applications. DynamoDB sends it
    // without an "Invalid UpdateExpression:" prefix, as moto (tested against DynamoDB) does too.
    static final String MISSING_ATTRIBUTE =
            "The provided expression refers to an attribute that does not exist in the item";

    // DynamoDB's message, listed among UpdateItem's ValidationException causes in the AWS SDK's documentation
    // and quoted by emulators' tests.
    static final String WRONG_TYPE = "An operand in the update expression has an incorrect data type";

    // DynamoDB's message for a SET or REMOVE below a missing or non-container attribute; listed among the causes of
    // a failed update in the DynamoDB API Reference (TransactionCanceledException).
    static final String INVALID_PATH = "The document path provided in the update expression is invalid for update";

    // DynamoDB's message for list_append of a non-list; confirmed from the DynamoDB response quoted in
    // aws/aws-sdk-js-v3#7171 ("Invalid UpdateExpression: Incorrect operand type for operator or function;
    // operator or function: list_append, operand type: M").
    static final String LIST_APPEND_TYPE =
            "Incorrect operand type for operator or function; operator or function: list_append, operand type: ";

    private UpdateApplier() {}

    /** The item after {@code update}. */
    public static Map<String, Value> apply(UpdateExpression update, Map<String, Value> item) {
        Map<String, Value> result = new LinkedHashMap<>(item);
        List<Path> removals = new ArrayList<>();
        // Actions touch distinct paths, so their order only matters for several elements appended to one list:
        // DynamoDB adds them by element number, whatever their order in the expression.
        List<UpdateAction> actions = new ArrayList<>(update.actions());
        actions.sort(Comparator.comparing(UpdateAction::path, DESCENDING.reversed()));
        for (UpdateAction action : actions) {
            if (action instanceof UpdateAction.SetAction set) {
                result = put(result, set.path(), evaluate(set.value(), item));
            } else if (action instanceof UpdateAction.RemoveAction remove) {
                removals.add(remove.path());
            } else if (action instanceof UpdateAction.AddAction add) {
                Value value = add(Documents.get(item, add.path()), literal(add.value()));
                result = put(result, add.path(), value);
            } else {
                UpdateAction.DeleteAction delete = (UpdateAction.DeleteAction) action;
                Value value = delete(Documents.get(item, delete.path()), literal(delete.value()));
                if (value == null) {
                    removals.add(delete.path());
                } else {
                    result = put(result, delete.path(), value);
                }
            }
        }
        removals.sort(DESCENDING);
        for (Path path : removals) {
            result = remove(result, path);
        }
        return Collections.unmodifiableMap(result);
    }

    private static Value evaluate(Operand operand, Map<String, Value> item) {
        if (operand instanceof Operand.Literal literal) {
            return literal.value();
        }
        if (operand instanceof Operand.PathOperand p) {
            Value v = Documents.get(item, p.path());
            if (v == null) {
                throw new ValidationException(MISSING_ATTRIBUTE);
            }
            return v;
        }
        if (operand instanceof Operand.IfNotExists f) {
            Value v = Documents.get(item, f.path());
            return v != null ? v : evaluate(f.fallback(), item);
        }
        if (operand instanceof Operand.ListAppend f) {
            Value first = evaluate(f.first(), item);
            Value second = evaluate(f.second(), item);
            for (Value v : List.of(first, second)) {
                if (!(v instanceof Value.L)) {
                    throw ExpressionKind.UPDATE.invalid(LIST_APPEND_TYPE + v.type());
                }
            }
            List<Value> joined = new ArrayList<>(((Value.L) first).values());
            joined.addAll(((Value.L) second).values());
            return new Value.L(joined);
        }
        if (operand instanceof Operand.Arithmetic a) {
            Value left = evaluate(a.left(), item);
            Value right = evaluate(a.right(), item);
            if (!(left instanceof Value.N x) || !(right instanceof Value.N y)) {
                throw new ValidationException(WRONG_TYPE);
            }
            BigDecimal sum = a.plus() ? x.value().add(y.value()) : x.value().subtract(y.value());
            return new Value.N(sum);
        }
        throw new IllegalStateException("not a resolved SET operand: " + operand);
    }

    private static Value literal(Operand operand) {
        return ((Operand.Literal) operand).value();
    }

    private static Value add(Value current, Value operand) {
        if (current == null) {
            return operand;
        }
        if (current instanceof Value.N x && operand instanceof Value.N y) {
            return new Value.N(x.value().add(y.value()));
        }
        if (current instanceof Value.SS x && operand instanceof Value.SS y) {
            return new Value.SS(union(x.values(), y.values()));
        }
        if (current instanceof Value.NS x && operand instanceof Value.NS y) {
            return new Value.NS(union(x.values(), y.values()));
        }
        if (current instanceof Value.BS x && operand instanceof Value.BS y) {
            return new Value.BS(union(x.values(), y.values()));
        }
        throw new ValidationException(WRONG_TYPE);
    }

    /** The set left after DELETE, {@code null} if it is empty (or there was none). */
    private static Value delete(Value current, Value operand) {
        if (current == null) {
            return null;
        }
        if (current instanceof Value.SS x && operand instanceof Value.SS y) {
            Set<String> left = minus(x.values(), y.values());
            return left.isEmpty() ? null : new Value.SS(left);
        }
        if (current instanceof Value.NS x && operand instanceof Value.NS y) {
            Set<BigDecimal> left = minus(x.values(), y.values());
            return left.isEmpty() ? null : new Value.NS(left);
        }
        if (current instanceof Value.BS x && operand instanceof Value.BS y) {
            Set<Value.B> left = minus(x.values(), y.values());
            return left.isEmpty() ? null : new Value.BS(left);
        }
        throw new ValidationException(WRONG_TYPE);
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static <T> Set<T> minus(Set<T> a, Set<T> b) {
        Set<T> left = new LinkedHashSet<>(a);
        left.removeAll(b);
        return left;
    }

    private static Map<String, Value> put(Map<String, Value> item, Path path, Value value) {
        List<PathElement> elements = path.elements();
        String top = ((PathElement.Attribute) elements.get(0)).name();
        Map<String, Value> result = new LinkedHashMap<>(item);
        if (elements.size() == 1) {
            result.put(top, value);
            return result;
        }
        Value child = item.get(top);
        if (child == null) {
            throw new ValidationException(INVALID_PATH);
        }
        result.put(top, putIn(child, elements, 1, value));
        return result;
    }

    private static Value putIn(Value container, List<PathElement> elements, int i, Value value) {
        PathElement element = elements.get(i);
        boolean last = i == elements.size() - 1;
        if (element instanceof PathElement.Attribute a && container instanceof Value.M m) {
            Map<String, Value> map = new LinkedHashMap<>(m.values());
            Value child = map.get(a.name());
            if (!last && child == null) {
                throw new ValidationException(INVALID_PATH);
            }
            map.put(a.name(), last ? value : putIn(child, elements, i + 1, value));
            return new Value.M(map);
        }
        if (element instanceof PathElement.Index index && container instanceof Value.L l) {
            List<Value> list = new ArrayList<>(l.values());
            int at = index.index();
            if (last) {
                if (at < list.size()) {
                    list.set(at, value);
                } else {
                    list.add(value);
                }
            } else {
                if (at >= list.size()) {
                    throw new ValidationException(INVALID_PATH);
                }
                list.set(at, putIn(list.get(at), elements, i + 1, value));
            }
            return new Value.L(list);
        }
        throw new ValidationException(INVALID_PATH);
    }

    /**
     * The item without the value at {@code path}. Like SET, REMOVE needs every container on the path; a missing
     * map entry or list element at its end is not an error.
     */
    private static Map<String, Value> remove(Map<String, Value> item, Path path) {
        List<PathElement> elements = path.elements();
        String top = ((PathElement.Attribute) elements.get(0)).name();
        Map<String, Value> result = new LinkedHashMap<>(item);
        if (elements.size() == 1) {
            result.remove(top);
            return result;
        }
        Value child = item.get(top);
        if (child == null) {
            throw new ValidationException(INVALID_PATH);
        }
        result.put(top, removeIn(child, elements, 1));
        return result;
    }

    private static Value removeIn(Value container, List<PathElement> elements, int i) {
        PathElement element = elements.get(i);
        boolean last = i == elements.size() - 1;
        Value child = Documents.step(container, element);
        if (!last && child == null) {
            throw new ValidationException(INVALID_PATH);
        }
        if (element instanceof PathElement.Attribute a && container instanceof Value.M m) {
            Map<String, Value> map = new LinkedHashMap<>(m.values());
            if (last) {
                map.remove(a.name());
            } else {
                map.put(a.name(), removeIn(child, elements, i + 1));
            }
            return new Value.M(map);
        }
        if (element instanceof PathElement.Index index && container instanceof Value.L l) {
            if (child == null) {
                return container;
            }
            List<Value> list = new ArrayList<>(l.values());
            if (last) {
                list.remove(index.index());
            } else {
                list.set(index.index(), removeIn(child, elements, i + 1));
            }
            return new Value.L(list);
        }
        throw new ValidationException(INVALID_PATH);
    }

    /** Paths in descending order, so that removing list elements leaves the lower indexes in place. */
    private static final Comparator<Path> DESCENDING = (a, b) -> {
        List<PathElement> x = a.elements();
        List<PathElement> y = b.elements();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int order = compare(x.get(i), y.get(i));
            if (order != 0) {
                return -order;
            }
        }
        return Integer.compare(y.size(), x.size());
    };

    private static int compare(PathElement a, PathElement b) {
        if (a instanceof PathElement.Index x && b instanceof PathElement.Index y) {
            return Integer.compare(x.index(), y.index());
        }
        return a.toString().compareTo(b.toString());
    }
}
