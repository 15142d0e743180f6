package io.dynantic;

import io.dynantic.expression.Attribute;
import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.operation.PathValues;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The attributes an update returned ({@link UpdateBuilder#executeForAttributes()}), read through the
 * model's attribute handles. With {@code UPDATED_NEW} or {@code UPDATED_OLD} DynamoDB returns only
 * what the update touched: for a nested path, the enclosing maps holding just that path; for a list
 * element, a list of just the updated elements (read the list attribute then, not the index).
 * Immutable.
 *
 * <pre>{@code
 * UpdatedAttributes<User> changed = users.update(key).add(User_.loginCount, 1)
 *     .returning(ReturnValue.UPDATED_NEW).executeForAttributes();
 * int logins = changed.get(User_.loginCount).orElseThrow();
 * }</pre>
 *
 * @param <T> the model type
 */
public final class UpdatedAttributes<T> {
    private final Map<String, AttributeValue> attributes;
    private final ItemCodec<T> codec;

    UpdatedAttributes(Map<String, AttributeValue> attributes, ItemCodec<T> codec) {
        this.attributes = Map.copyOf(attributes);
        this.codec = codec;
    }

    /**
     * The returned value of {@code attribute}, as its field's type; empty when it was not returned.
     *
     * @throws MappingException when the stored value does not fit the field
     */
    @SuppressWarnings("unchecked")
    public <V> Optional<V> get(Attribute<? super T, V> attribute) {
        AttributeValue value = find(attribute);
        return value == null
                ? Optional.empty()
                : Optional.ofNullable((V) codec.values().readAt(attribute.path(), value));
    }

    /** Whether {@code attribute} was returned. */
    public boolean contains(Attribute<? super T, ?> attribute) {
        return find(attribute) != null;
    }

    private @Nullable AttributeValue find(Attribute<?, ?> attribute) {
        return PathValues.valueAt(attributes, attribute.path());
    }

    /** The returned attributes as DynamoDB stores them, by stored name. */
    public Map<String, AttributeValue> asMap() {
        return attributes;
    }

    /** Whether nothing was returned. */
    public boolean isEmpty() {
        return attributes.isEmpty();
    }

    @Override
    public String toString() {
        return "UpdatedAttributes" + attributes.keySet();
    }
}
