package io.dynantic;

import io.dynantic.internal.operation.ItemCodec;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One UpdateItem on a {@link Table}, from {@link Table#update(Key)} or {@link Table#patch(Object)}:
 * changes attributes without reading the item first. See {@link ItemUpdate} for what every update
 * does and checks, {@link UpdateSteps} for the actions. Not thread-safe.
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
 * @param <T> the model type
 */
public final class UpdateBuilder<T> extends ItemUpdate<T, UpdateBuilder<T>> {
    private final DynamoDbClient client;

    UpdateBuilder(
            DynamoDbClient client, ItemCodec<T> codec, Key key, boolean byItem, @Nullable Object expectedVersion) {
        super(codec, key, byItem, expectedVersion);
        this.client = client;
    }

    @Override
    UpdateBuilder<T> self() {
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
        checkItemReturned();
        return item(operation().execute(client));
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
        return attributes(operation().execute(client));
    }
}
