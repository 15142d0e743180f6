package io.dynantic;

import org.jspecify.annotations.Nullable;

/** The stored {@code @Version} did not match the model's: someone else wrote the item first. */
public class OptimisticLockException extends ConditionFailedException {
    private static final long serialVersionUID = 1L;

    public OptimisticLockException(String message, @Nullable Object item, @Nullable Throwable cause) {
        super(message, item, cause);
    }
}
