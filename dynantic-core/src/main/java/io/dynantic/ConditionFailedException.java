package io.dynantic;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A write's condition was false. {@link #item()} holds the item as it was stored when DynamoDB
 * returned it (the library asks for it on every conditional single-item write).
 */
public class ConditionFailedException extends DynanticException {
    private static final long serialVersionUID = 1L;

    private final transient @Nullable Object item;

    public ConditionFailedException(String message, @Nullable Object item, @Nullable Throwable cause) {
        super(message, cause);
        this.item = item;
    }

    /**
     * The stored item that failed the condition, mapped to the model; empty when there was no item or
     * DynamoDB did not return it.
     *
     * @param <T> the model type of the table the write went to
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> item() {
        return Optional.ofNullable((T) item);
    }
}
