package io.dynantic;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A batch get whose retries ran out: {@link #unreadKeys()} are exactly the keys that were not read;
 * every other key was, and {@link #partialResult()} holds what was found for them.
 */
public class BatchGetException extends DynanticException {
    private static final long serialVersionUID = 1L;

    private final transient Map<Class<?>, List<Key>> unreadKeys;
    private final transient BatchGetResult partialResult;

    public BatchGetException(
            String message,
            Map<Class<?>, List<Key>> unreadKeys,
            BatchGetResult partialResult,
            @Nullable Throwable cause) {
        super(message, cause);
        Map<Class<?>, List<Key>> copy = new java.util.LinkedHashMap<>();
        unreadKeys.forEach((model, keys) -> copy.put(model, List.copyOf(keys)));
        this.unreadKeys = java.util.Collections.unmodifiableMap(copy);
        this.partialResult = partialResult;
    }

    /** The keys that were not read, by model class, in the order they were requested. */
    public Map<Class<?>, List<Key>> unreadKeys() {
        return unreadKeys;
    }

    /** The keys of one model class that were not read. */
    public List<Key> unreadKeys(Class<?> model) {
        return unreadKeys.getOrDefault(model, List.of());
    }

    /** The items found for the keys that were read. */
    public BatchGetResult partialResult() {
        return partialResult;
    }
}
