package io.dynantic;

import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.operation.UpdateItem;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An update of one item by key, sync or async: the actions of {@link UpdateSteps} plus the key, the
 * version check and what comes back. Besides the caller's actions, every update sets {@code
 * @UpdatedAt} fields to now, fills {@code @CreatedAt} fields that are absent, and increments the
 * {@code @Version}. Like DynamoDB's UpdateItem it creates the item when no item has the key; add
 * {@code .condition(User_.userId.exists())} to update only existing items. Through a subtype view of
 * a polymorphic table it writes the discriminator and never touches another subtype's item; through
 * the base type it updates only existing items.
 *
 * <p>Before anything is sent, values are checked against the fields' constraints ({@code set} and
 * {@code setIfNotExists}, with Bean Validation's {@code validateValue}) and DynamoDB's limits; keys,
 * the version and the discriminator cannot be updated, and two actions cannot touch overlapping
 * paths. Any problem is an {@link ItemValidationException}. Not thread-safe.
 *
 * @param <T> the model type
 * @param <B> the concrete builder type
 */
abstract class ItemUpdate<T, B extends ItemUpdate<T, B>> extends UpdateSteps<T, B> {
    final ItemCodec<T> codec;
    private final Key key;
    private final boolean byItem;
    private final @Nullable Object expectedVersion;
    ReturnValue returnValue = ReturnValue.NONE;

    ItemUpdate(ItemCodec<T> codec, Key key, boolean byItem, @Nullable Object expectedVersion) {
        this.codec = codec;
        this.key = key;
        this.byItem = byItem;
        this.expectedVersion = expectedVersion;
    }

    /** What the update returns: {@link ReturnValue#NONE} unless chosen. */
    public B returning(ReturnValue returnValue) {
        this.returnValue = Objects.requireNonNull(returnValue, "returnValue");
        return self();
    }

    /** The UpdateItem operation of the builder as it stands. */
    final UpdateItem<T> operation() {
        return new UpdateItem<>(codec, key, actions, condition, byItem, expectedVersion, returnValue);
    }

    /** Refuses to send an update whose return values are attributes rather than an item. */
    final void checkItemReturned() {
        if (returnValue == ReturnValue.UPDATED_NEW || returnValue == ReturnValue.UPDATED_OLD) {
            throw new IllegalStateException("returning(" + returnValue
                    + ") gives the updated attributes, not an item; call executeForAttributes()");
        }
    }

    final Optional<T> item(Map<String, AttributeValue> attributes) {
        return attributes.isEmpty() ? Optional.empty() : Optional.of(codec.read(attributes));
    }

    final UpdatedAttributes<T> attributes(Map<String, AttributeValue> attributes) {
        return new UpdatedAttributes<>(attributes, codec);
    }
}
