package io.dynantic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Dynantic#transactWrite} stored: for each {@link TransactPut}, at its action's index,
 * the item as stored (its new {@code @Version}, generated keys and timestamps). Immutable.
 */
public final class TransactWriteResult {
    private final List<@Nullable Object> stored;

    TransactWriteResult(List<@Nullable Object> stored) {
        this.stored = Collections.unmodifiableList(new ArrayList<>(stored));
    }

    /** The stored items, one per action, null for actions other than puts. */
    List<@Nullable Object> stored() {
        return stored;
    }

    /** How many actions the transaction had. */
    public int size() {
        return stored.size();
    }

    /**
     * The item the put at {@code index} stored, as {@code model}; empty for other actions.
     *
     * @throws IllegalArgumentException when that put stored another model
     */
    public <T> Optional<T> get(int index, Class<T> model) {
        Object item = stored.get(index);
        if (item != null && !model.isInstance(item)) {
            throw new IllegalArgumentException("action " + index + " stored a "
                    + item.getClass().getSimpleName() + ", not a " + model.getSimpleName());
        }
        return Optional.ofNullable(model.cast(item));
    }
}
