package io.dynantic;

import java.util.List;
import java.util.Optional;

/**
 * The items of a {@link Dynantic#transactGet}, read as of one moment, in the order they were asked
 * for; empty where there is no item. Immutable.
 */
public final class TransactGetResult {
    private final List<Class<?>> models;
    private final List<Optional<Object>> items;

    TransactGetResult(List<Class<?>> models, List<Optional<Object>> items) {
        this.models = List.copyOf(models);
        this.items = List.copyOf(items);
    }

    /** How many items were asked for. */
    public int size() {
        return items.size();
    }

    /**
     * The item asked for at {@code index}, as {@code model} (through a polymorphic base, its subtype).
     *
     * @throws IllegalArgumentException when that get was for another model
     */
    public <T> Optional<T> get(int index, Class<T> model) {
        Class<?> asked = models.get(index);
        if (!model.isAssignableFrom(asked)) {
            throw new IllegalArgumentException(
                    "get " + index + " read a " + asked.getSimpleName() + ", not a " + model.getSimpleName());
        }
        return items.get(index).map(model::cast);
    }
}
