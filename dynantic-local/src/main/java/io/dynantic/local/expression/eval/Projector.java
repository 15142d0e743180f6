package io.dynantic.local.expression.eval;

import io.dynantic.local.expression.Path;
import io.dynantic.local.expression.PathElement;
import io.dynantic.local.expression.ProjectionExpression;
import io.dynantic.local.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Projects an item onto the paths of a resolved projection expression, as DynamoDB returns it: paths that do
 * not exist are left out, maps keep only the projected keys, and lists keep only the projected elements, in
 * index order. Stateless and thread-safe.
 */
public final class Projector {
    private Projector() {}

    /** The part of {@code item} that {@code projection} selects. */
    public static Map<String, Value> project(Map<String, Value> item, ProjectionExpression projection) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Path path : projection.paths()) {
            Value value = Documents.get(item, path);
            if (value != null) {
                insert(tree, path.elements(), value);
            }
        }
        Map<String, Value> result = new LinkedHashMap<>();
        tree.forEach((name, node) -> result.put(name, build(node)));
        return Collections.unmodifiableMap(result);
    }

    /**
     * Places {@code value} in the tree of nodes under construction: a node is a {@code Value} (a projected
     * leaf), a {@code LinkedHashMap<String, Object>} (map keys) or a {@code TreeMap<Integer, Object>} (list
     * elements by index). Projected paths never overlap, so a leaf is never descended into.
     */
    @SuppressWarnings("unchecked")
    private static void insert(Map<String, Object> tree, List<PathElement> elements, Value value) {
        Object node = tree;
        for (int i = 0; i < elements.size(); i++) {
            PathElement element = elements.get(i);
            boolean last = i == elements.size() - 1;
            Object key = element instanceof PathElement.Index index
                    ? (Object) index.index()
                    : ((PathElement.Attribute) element).name();
            Map<Object, Object> container = (Map<Object, Object>) node;
            if (last) {
                container.put(key, value);
            } else {
                boolean nextIsIndex = elements.get(i + 1) instanceof PathElement.Index;
                node = container.computeIfAbsent(
                        key, k -> nextIsIndex ? new TreeMap<Integer, Object>() : new LinkedHashMap<String, Object>());
            }
        }
    }

    private static Value build(Object node) {
        if (node instanceof Value value) {
            return value;
        }
        if (node instanceof TreeMap<?, ?> list) {
            List<Value> values = new ArrayList<>();
            list.values().forEach(child -> values.add(build(child)));
            return new Value.L(values);
        }
        Map<String, Value> map = new LinkedHashMap<>();
        ((Map<?, ?>) node).forEach((name, child) -> map.put((String) name, build(child)));
        return new Value.M(map);
    }
}
