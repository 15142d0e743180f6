package io.dynantic;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A batch write whose retries ran out: every write not listed here was done, and the writes listed were not
 * confirmed. DynamoDB did not do those it left unprocessed or refused; one whose last request timed out or met a
 * server error may have been done all the same (as for any DynamoDB call), and writing it again is safe. Saves are
 * listed as the items given to the batch (retrying them saves them as before), deletes as the {@link Key}s of their
 * model. The cause, when there is one, is the last failure of a request (throttling, for example); writes DynamoDB
 * left unprocessed have none.
 */
public class BatchWriteException extends DynanticException {
    private static final long serialVersionUID = 1L;

    private final transient List<Object> unsavedItems;
    private final transient Map<Class<?>, List<Key>> undeletedKeys;

    public BatchWriteException(
            String message,
            List<Object> unsavedItems,
            Map<Class<?>, List<Key>> undeletedKeys,
            @Nullable Throwable cause) {
        super(message, cause);
        this.unsavedItems = List.copyOf(unsavedItems);
        Map<Class<?>, List<Key>> copy = new java.util.LinkedHashMap<>();
        undeletedKeys.forEach((model, keys) -> copy.put(model, List.copyOf(keys)));
        this.undeletedKeys = java.util.Collections.unmodifiableMap(copy);
    }

    /** The items whose saves were not done, in the order they were given. */
    public List<Object> unsavedItems() {
        return unsavedItems;
    }

    /** The unsaved items of one model class (subtypes of a polymorphic model included). */
    public <T> List<T> unsavedItems(Class<T> model) {
        return unsavedItems.stream().filter(model::isInstance).map(model::cast).toList();
    }

    /** The keys whose deletes were not done, by model class. */
    public Map<Class<?>, List<Key>> undeletedKeys() {
        return undeletedKeys;
    }

    /** The keys of one model class whose deletes were not done. */
    public List<Key> undeletedKeys(Class<?> model) {
        return undeletedKeys.getOrDefault(model, List.of());
    }
}
