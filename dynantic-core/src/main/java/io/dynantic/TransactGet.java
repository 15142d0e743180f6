package io.dynantic;

import java.util.Objects;

/**
 * One item to read in {@link Dynantic#transactGet}. Immutable.
 *
 * @param <T> the model type
 */
public final class TransactGet<T> {
    private final Class<T> model;
    private final Key key;

    private TransactGet(Class<T> model, Key key) {
        this.model = model;
        this.key = key;
    }

    /** Reads the {@code model} item with {@code key}. */
    public static <T> TransactGet<T> of(Class<T> model, Key key) {
        return new TransactGet<>(Objects.requireNonNull(model, "model"), key);
    }

    Class<T> model() {
        return model;
    }

    Key key() {
        return key;
    }
}
