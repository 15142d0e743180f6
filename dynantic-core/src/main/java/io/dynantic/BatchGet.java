package io.dynantic;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The keys of one model to read in a {@link Dynantic#batchGet}. Immutable.
 *
 * <pre>{@code
 * BatchGetResult r = dyn.batchGet(
 *     BatchGet.of(User.class, List.of(Key.of("u1", "a"))),
 *     BatchGet.of(Order.class, orderKeys).consistentRead());
 * }</pre>
 *
 * @param <T> the model type
 */
public final class BatchGet<T> {
    private final Class<T> model;
    private final List<Key> keys;
    private final boolean consistent;

    private BatchGet(Class<T> model, List<Key> keys, boolean consistent) {
        this.model = model;
        this.keys = keys;
        this.consistent = consistent;
    }

    /** Reads {@code keys} of {@code model}; duplicates are read once. */
    public static <T> BatchGet<T> of(Class<T> model, Collection<Key> keys) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(keys, "keys");
        // Null keys are kept, to be reported with their position when the batch is checked.
        return new BatchGet<>(model, java.util.Collections.unmodifiableList(new java.util.ArrayList<>(keys)), false);
    }

    /** The same keys read with strong consistency (the whole table's keys, where batches share a table). */
    public BatchGet<T> consistentRead() {
        return new BatchGet<>(model, keys, true);
    }

    Class<T> model() {
        return model;
    }

    List<Key> keys() {
        return keys;
    }

    boolean consistent() {
        return consistent;
    }
}
