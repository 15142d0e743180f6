package io.dynantic;

import java.util.List;
import java.util.Map;

/**
 * The items a {@link Dynantic#batchGet} found, typed per model: for each model, in the order its keys
 * were requested, missing items left out. Immutable.
 */
public final class BatchGetResult {
    private final Map<Class<?>, List<?>> items;

    BatchGetResult(Map<Class<?>, List<?>> items) {
        Map<Class<?>, List<?>> copy = new java.util.LinkedHashMap<>();
        items.forEach((model, found) -> copy.put(model, List.copyOf(found)));
        this.items = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The items found for {@code model}'s keys; through a polymorphic base, each as its subtype.
     *
     * @throws IllegalArgumentException when the batch asked for no keys of {@code model}
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> items(Class<T> model) {
        List<?> found = items.get(model);
        if (found == null) {
            throw new IllegalArgumentException("the batch get read no keys of " + model.getSimpleName() + "; it read "
                    + items.keySet().stream().map(Class::getSimpleName).sorted().toList());
        }
        return (List<T>) found;
    }
}
