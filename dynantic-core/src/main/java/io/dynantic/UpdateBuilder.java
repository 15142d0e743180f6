package io.dynantic;

import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.operation.UpdateItem;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One UpdateItem on a {@link Table}, from {@link Table#update(Key)} or {@link Table#patch(Object)}:
 * changes attributes without reading the item first.
 *
 * <pre>{@code
 * Optional<User> after = users.update("u1", "a@b.c")
 *     .set(User_.name, "Ada")
 *     .add(User_.loginCount, 1)
 *     .append(User_.history, List.of("login"))
 *     .condition(User_.status.eq(UserStatus.ACTIVE))
 *     .returning(ReturnValue.ALL_NEW)
 *     .execute();
 * }</pre>
 *
 * <p>Besides the caller's actions, every update sets {@code @UpdatedAt} fields to now, fills
 * {@code @CreatedAt} fields that are absent, and increments the {@code @Version}. Like DynamoDB's
 * UpdateItem it creates the item when no item has the key; add {@code
 * .condition(User_.userId.exists())} to update only existing items. Through a subtype view of a
 * polymorphic table it writes the discriminator and never touches another subtype's item; through the
 * base type it updates only existing items.
 *
 * <p>Before anything is sent, values are checked against the fields' constraints ({@code set} and
 * {@code setIfNotExists}, with Bean Validation's {@code validateValue}) and DynamoDB's limits; keys,
 * the version and the discriminator cannot be updated, and two actions cannot touch overlapping
 * paths. Any problem throws {@link ItemValidationException}. Not thread-safe.
 *
 * @param <T> the model type
 */
public final class UpdateBuilder<T> extends UpdateSteps<T, UpdateBuilder<T>> {
    private final DynamoDbClient client;
    private final ItemCodec<T> codec;
    private final Key key;
    private final boolean byItem;
    private final @Nullable Object expectedVersion;
    private ReturnValue returnValue = ReturnValue.NONE;

    UpdateBuilder(
            DynamoDbClient client, ItemCodec<T> codec, Key key, boolean byItem, @Nullable Object expectedVersion) {
        this.client = client;
        this.codec = codec;
        this.key = key;
        this.byItem = byItem;
        this.expectedVersion = expectedVersion;
    }

    @Override
    UpdateBuilder<T> self() {
        return this;
    }

    /** What the update returns: {@link ReturnValue#NONE} unless chosen. */
    public UpdateBuilder<T> returning(ReturnValue returnValue) {
        this.returnValue = Objects.requireNonNull(returnValue, "returnValue");
        return this;
    }

    /**
     * Sends the update (UpdateItem).
     *
     * @return with {@link ReturnValue#ALL_NEW} the item after the update, with {@link
     *     ReturnValue#ALL_OLD} the item before it (empty when it was new); empty with {@link
     *     ReturnValue#NONE}
     * @throws IllegalStateException for {@code UPDATED_NEW} or {@code UPDATED_OLD}, which return
     *     attributes rather than an item: use {@link #executeForAttributes()}; nothing is sent
     * @throws ItemValidationException when a value or action is invalid; nothing is sent
     * @throws ConditionFailedException when a condition does not hold; {@link OptimisticLockException}
     *     when a patched item's version is not the stored one
     */
    public Optional<T> execute() {
        if (returnValue == ReturnValue.UPDATED_NEW || returnValue == ReturnValue.UPDATED_OLD) {
            throw new IllegalStateException("returning(" + returnValue
                    + ") gives the updated attributes, not an item; call executeForAttributes()");
        }
        Map<String, AttributeValue> attributes = send();
        return attributes.isEmpty() ? Optional.empty() : Optional.of(codec.read(attributes));
    }

    /**
     * Sends the update (UpdateItem) and gives the attributes DynamoDB returned, typed through the
     * model: the updated ones with {@code UPDATED_NEW} / {@code UPDATED_OLD}, all with {@code
     * ALL_NEW} / {@code ALL_OLD}, none with {@code NONE}.
     *
     * @throws ItemValidationException when a value or action is invalid; nothing is sent
     * @throws ConditionFailedException when a condition does not hold
     */
    public UpdatedAttributes<T> executeForAttributes() {
        return new UpdatedAttributes<>(send(), codec);
    }

    private Map<String, AttributeValue> send() {
        return new UpdateItem<>(codec, key, actions, condition, byItem, expectedVersion, returnValue).execute(client);
    }
}
