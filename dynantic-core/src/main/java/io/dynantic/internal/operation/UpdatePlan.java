package io.dynantic.internal.operation;

import io.dynantic.ItemValidationException.Violation;
import io.dynantic.expression.Path;
import io.dynantic.internal.expression.Placeholders;
import io.dynantic.internal.expression.UpdateAction;
import io.dynantic.internal.expression.UpdateRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What an update's shape (its actions' kinds and paths, without their values) decides, worked out once per shape
 * and table: the update expression, its name placeholders, where each value placeholder's value comes from, and
 * the paths that overlap. Immutable; {@link Cache} keeps one per shape.
 */
final class UpdatePlan {
    private final String expression;
    private final List<String> names;
    /** {@code names} as ExpressionAttributeNames, unmodifiable; null when there are none. */
    private final Map<String, String> namesMap;
    /** For each value placeholder in order: the index of the action whose value it takes, or -1 for a constant. */
    private final int[] sources;
    /** For each value placeholder: the renderer's constant where {@code sources} says -1. */
    private final AttributeValue[] constants;

    private final List<Violation> overlaps;

    private UpdatePlan(
            String expression,
            List<String> names,
            int[] sources,
            AttributeValue[] constants,
            List<Violation> overlaps) {
        this.expression = expression;
        this.names = names;
        Map<String, String> map = new Placeholders(names, null, new ArrayList<>()).names();
        this.namesMap = map == null ? null : Map.copyOf(map);
        this.sources = sources;
        this.constants = constants;
        this.overlaps = overlaps;
    }

    /** The update expression; empty when there are no actions. */
    String expression() {
        return expression;
    }

    /** DynamoDB rejects two actions on one path, or on a path and a path inside it; empty when none overlap. */
    List<Violation> overlaps() {
        return overlaps;
    }

    /** Placeholders holding this plan's names and {@code actions}' values, for the condition to add to. */
    Placeholders placeholders(List<UpdateAction> actions) {
        List<AttributeValue> values = new ArrayList<>(sources.length + 4);
        for (int i = 0; i < sources.length; i++) {
            values.add(
                    sources[i] < 0
                            ? constants[i]
                            : (AttributeValue) actions.get(sources[i]).value());
        }
        return new Placeholders(names, namesMap, values);
    }

    /**
     * Plans by shape, for one table. Shapes with list indexes in their paths are planned each call (each index
     * makes a shape of its own), and a table with very many shapes stops adding.
     */
    static final class Cache {
        private static final int LIMIT = 512;
        private final Map<List<Object>, UpdatePlan> plans = new ConcurrentHashMap<>();

        /**
         * The plan for {@code actions}, whose values are encoded already.
         *
         * @param where how a violation names a path
         */
        UpdatePlan plan(List<UpdateAction> actions, java.util.function.Function<Path, String> where) {
            List<Object> shape = shape(actions);
            UpdatePlan plan = plans.get(shape);
            if (plan == null) {
                plan = of(actions, where);
                if (plans.size() < LIMIT && !indexed(actions)) {
                    plans.put(shape, plan);
                }
            }
            return plan;
        }

        private static boolean indexed(List<UpdateAction> actions) {
            for (UpdateAction action : actions) {
                for (Object segment : action.path().segments()) {
                    if (segment instanceof Integer) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The kind and path of each action (with its flags: prepend, decrement), without values. */
        private static List<Object> shape(List<UpdateAction> actions) {
            List<Object> shape = new ArrayList<>(actions.size() * 2);
            for (UpdateAction action : actions) {
                Object kind = action.getClass();
                if (action instanceof UpdateAction.Append a) {
                    kind = a.prepend() ? "prepend" : "append";
                } else if (action instanceof UpdateAction.Increment i) {
                    kind = i.decrement() ? "decrement" : "increment";
                }
                shape.add(kind);
                shape.add(action.path());
            }
            return shape;
        }
    }

    private static UpdatePlan of(List<UpdateAction> actions, java.util.function.Function<Path, String> where) {
        // Rendered with a new marker instance as each action's value, so that each value placeholder can be traced
        // to its action by identity (encoded values may be shared instances).
        List<UpdateAction> marked = new ArrayList<>(actions.size());
        for (UpdateAction action : actions) {
            marked.add(action.value() == null ? action : action.withValue(AttributeValue.createNul(true)));
        }
        Placeholders placeholders = new Placeholders();
        String expression = new UpdateRenderer(placeholders).render(marked);
        List<AttributeValue> values = placeholders.valueList();
        int[] sources = new int[values.size()];
        AttributeValue[] constants = new AttributeValue[values.size()];
        for (int i = 0; i < values.size(); i++) {
            sources[i] = sourceOf(values.get(i), marked);
            constants[i] = sources[i] < 0 ? values.get(i) : null;
        }
        return new UpdatePlan(
                expression, List.copyOf(placeholders.nameList()), sources, constants, overlaps(actions, where));
    }

    /** The action whose value this is (by identity), or -1 for a value the renderer added itself. */
    private static int sourceOf(AttributeValue value, List<UpdateAction> actions) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).value() == value) {
                return i;
            }
        }
        return -1;
    }

    private static List<Violation> overlaps(
            List<UpdateAction> actions, java.util.function.Function<Path, String> where) {
        // Only paths under one top-level attribute can overlap.
        List<Violation> problems = new ArrayList<>(0);
        for (int j = 0; j < actions.size(); j++) {
            Path b = actions.get(j).path();
            for (int i = 0; i < j; i++) {
                Path a = actions.get(i).path();
                if (a.root().equals(b.root()) && (within(a, b) || within(b, a))) {
                    Path inner = a.segments().size() >= b.segments().size() ? a : b;
                    problems.add(new Violation(
                            where.apply(inner),
                            (a.equals(b) ? "is updated twice" : "overlaps " + (inner == a ? b : a))
                                    + " in one update; DynamoDB allows one action per attribute path"));
                }
            }
        }
        return List.copyOf(problems);
    }

    private static boolean within(Path inner, Path outer) {
        List<Object> in = inner.segments();
        List<Object> out = outer.segments();
        if (in.size() < out.size()) {
            return false;
        }
        for (int i = 0; i < out.size(); i++) {
            if (!in.get(i).equals(out.get(i))) {
                return false;
            }
        }
        return true;
    }
}
