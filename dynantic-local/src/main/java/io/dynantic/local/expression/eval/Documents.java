package io.dynantic.local.expression.eval;

import io.dynantic.local.expression.Path;
import io.dynantic.local.expression.PathElement;
import io.dynantic.local.value.Value;
import java.util.List;
import java.util.Map;

/** Reads values at document paths of an item. Stateless and thread-safe. */
final class Documents {
    private Documents() {}

    /** The value at {@code path}, or {@code null} if the item has none there. */
    static Value get(Map<String, Value> item, Path path) {
        List<PathElement> elements = path.elements();
        Value current = item.get(((PathElement.Attribute) elements.get(0)).name());
        for (int i = 1; i < elements.size() && current != null; i++) {
            current = step(current, elements.get(i));
        }
        return current;
    }

    /** The child of {@code container} at {@code element}, or {@code null} if there is none. */
    static Value step(Value container, PathElement element) {
        if (element instanceof PathElement.Attribute a && container instanceof Value.M m) {
            return m.values().get(a.name());
        }
        if (element instanceof PathElement.Index index && container instanceof Value.L l) {
            return index.index() < l.values().size() ? l.values().get(index.index()) : null;
        }
        return null;
    }
}
