package io.dynantic;

import org.jspecify.annotations.Nullable;

/** A model class is not a valid model; thrown by {@code Dynantic.table(...)}, the message names the class, the field and the fix. */
public class ModelDefinitionException extends DynanticException {
    private static final long serialVersionUID = 1L;

    public ModelDefinitionException(String message) {
        super(message);
    }

    public ModelDefinitionException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
