package io.dynantic;

import io.dynantic.expression.Condition;
import io.dynantic.internal.operation.BatchBuffer;
import io.dynantic.internal.operation.Batches;
import io.dynantic.internal.operation.DeleteItem;
import io.dynantic.internal.operation.Futures;
import io.dynantic.internal.operation.GetItem;
import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.operation.ItemExists;
import io.dynantic.internal.operation.PutItem;
import io.dynantic.internal.operation.Runner;
import io.dynantic.internal.operation.TableAdmin;
import io.dynantic.internal.operation.WriteMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The items of one DynamoDB table, as instances of the model {@code T}. Get one from {@link
 * Dynantic#table(Class)}; it is immutable and thread-safe. {@link AsyncTable} is its async twin.
 *
 * <pre>{@code
 * Table<User> users = dyn.table(User.class);
 * users.save(new User("u1", "a@b.c", "Ada", ...));
 * Optional<User> ada = users.get("u1", "a@b.c");
 * users.delete(Key.of("u1", "a@b.c"), User_.status.eq(UserStatus.BANNED));
 * }</pre>
 *
 * <p>Every write validates the item first (Jakarta Bean Validation when a provider is present,
 * DynamoDB's limits always) and sends nothing when it is invalid: {@link ItemValidationException}.
 *
 * @param <T> the model type
 */
public final class Table<T> {
    private final DynamoDbClient client;
    private final ItemCodec<T> codec;
    private final Runner runner;

    private final Batches.Settings batching;

    Table(DynamoDbClient client, ItemCodec<T> codec, Batches.Settings batching) {
        this.client = client;
        this.runner = Runner.of(client);
        this.batching = batching;
        this.codec = codec;
    }

    /** The table's name in DynamoDB, after any prefix or resolver. */
    public String tableName() {
        return codec.tableName();
    }

    /** The model class. */
    public Class<T> modelType() {
        return codec.model().type();
    }

    /**
     * Stores the item, replacing any item with the same key (PutItem). Null {@code @AutoUuid} keys
     * and {@code @CreatedAt} fields are filled, {@code @UpdatedAt} set to now; with a {@code @Version}
     * field, the stored version must equal the item's (none stored when it is null: the item is new, or was stored without one) and
     * is incremented.
     *
     * @return the item as stored, with generated fields filled in
     * @throws ItemValidationException when the item is invalid; nothing is sent
     * @throws OptimisticLockException when the stored version differs
     */
    public <S extends T> S save(S item) {
        return new PutItem<>(codec, item, WriteMode.SAVE, null).execute(client);
    }

    /**
     * As {@link #save(Object)}, only if {@code condition} holds for the stored item.
     *
     * @throws ConditionFailedException when it does not; {@link ConditionFailedException#item()} has
     *     the stored item
     */
    public <S extends T> S save(S item, Condition<? super T> condition) {
        return new PutItem<>(codec, item, WriteMode.SAVE, Objects.requireNonNull(condition, "condition"))
                .execute(client);
    }

    /**
     * Inserts the item (PutItem with {@code attribute_not_exists} on the full primary key), generating
     * null {@code @AutoUuid} keys first. A {@code @Version} starts at 1.
     *
     * @return the item as stored
     * @throws ConditionFailedException when an item with the key exists
     */
    public <S extends T> S create(S item) {
        return new PutItem<>(codec, item, WriteMode.CREATE, null).execute(client);
    }

    /** The item with this partition key, for a table without a sort key (GetItem). */
    public Optional<T> get(Object partitionKey) {
        return get(Key.of(partitionKey));
    }

    /** The item with this primary key (GetItem). */
    public Optional<T> get(Object partitionKey, Object sortKey) {
        return get(Key.of(partitionKey, sortKey));
    }

    /** The item with this key, eventually consistent (GetItem); empty when there is none. */
    public Optional<T> get(Key key) {
        return new GetItem<>(codec, key, false).execute(client);
    }

    /** As {@link #get(Key)}, with a strongly consistent read. */
    public Optional<T> getConsistent(Key key) {
        return new GetItem<>(codec, key, true).execute(client);
    }

    /** Whether an item with this key exists (GetItem projected to the key). */
    public boolean exists(Key key) {
        return new ItemExists<>(codec, key).execute(client);
    }

    /** Deletes the item with this primary key (DeleteItem); no error when there is none. */
    public void delete(Object partitionKey, Object sortKey) {
        delete(Key.of(partitionKey, sortKey));
    }

    /** Deletes the item with this key (DeleteItem); no error when there is none. */
    public void delete(Key key) {
        new DeleteItem<>(codec, key, null).execute(client);
    }

    /**
     * Deletes the item with this key if {@code condition} holds.
     *
     * @throws ConditionFailedException when it does not
     */
    public void delete(Key key, Condition<? super T> condition) {
        new DeleteItem<>(codec, key, Objects.requireNonNull(condition, "condition")).execute(client);
    }

    /**
     * Deletes the item with the key of {@code item}; with a {@code @Version} field, only if the stored
     * version equals the item's.
     *
     * @throws OptimisticLockException when the stored version differs
     */
    public void delete(T item) {
        deleteItem(item, null);
    }

    /** As {@link #delete(Object)}, and only if {@code condition} holds. */
    public void delete(T item, Condition<? super T> condition) {
        deleteItem(item, Objects.requireNonNull(condition, "condition"));
    }

    private void deleteItem(T item, @Nullable Condition<? super T> condition) {
        ItemCodec.Identity identity = codec.identify(item, "deleted");
        new DeleteItem<>(codec, identity, condition).execute(client);
    }

    /** An update of the item with this partition key, for a table without a sort key: see {@link #update(Key)}. */
    public UpdateBuilder<T> update(Object partitionKey) {
        return update(Key.of(partitionKey));
    }

    /** An update of the item with this primary key: see {@link #update(Key)}. */
    public UpdateBuilder<T> update(Object partitionKey, Object sortKey) {
        return update(Key.of(partitionKey, sortKey));
    }

    /**
     * An update of the item with this key (UpdateItem), without reading it first. With a {@code
     * @Version} field, the stored version is incremented atomically (a new item starts at 1); add a
     * condition to require a particular version.
     *
     * <pre>{@code
     * users.update(Key.of("u1", "a@b.c")).add(User_.loginCount, 1).execute();
     * }</pre>
     *
     * @see UpdateBuilder
     */
    public UpdateBuilder<T> update(Key key) {
        return new UpdateBuilder<>(client, codec, Objects.requireNonNull(key, "key"), false, null);
    }

    /**
     * An update of the item with the key of {@code item}; only the builder's actions are sent, not the
     * item's other fields. With a {@code @Version} field the stored version must equal the item's
     * (none stored when it is null: a new item, or one stored without one), else {@link OptimisticLockException}.
     *
     * <pre>{@code
     * users.patch(user).set(User_.name, "Ada").execute();
     * }</pre>
     */
    public UpdateBuilder<T> patch(T item) {
        ItemCodec.Identity identity = codec.identify(item, "patched");
        return new UpdateBuilder<>(client, codec, identity.key(), true, identity.version());
    }

    /**
     * The items with this partition key, sorted by the sort key (Query): see {@link Query}.
     *
     * <pre>{@code
     * List<User> recent = users.query("mario").beginsWith("2023").limit(5).list();
     * }</pre>
     */
    public Query<T> query(Object partitionKey) {
        return new Query<>(client, codec, null, partitionKey);
    }

    /** Every item of the table (Scan): see {@link Scan}. */
    public Scan<T> scan() {
        return new Scan<>(client, codec, null);
    }

    /**
     * A global or local secondary index the model declares.
     *
     * @throws IllegalArgumentException when the model declares no index of this name
     */
    public Index<T> index(String name) {
        return new Index<>(client, codec, codec.index(name));
    }

    /**
     * Creates the table (CreateTable): on-demand billing, the model's global and local indexes
     * projecting all attributes, TTL enabled on the {@code @Ttl} attribute. Waits until the table and
     * its indexes are active.
     */
    public void createTable() {
        Futures.join(TableAdmin.create(runner, codec.model(), tableName()));
    }

    /** As {@link #createTable()} unless the table exists; returns whether it created the table. */
    public boolean createTableIfNotExists() {
        return Futures.join(TableAdmin.createIfNotExists(runner, codec.model(), tableName()));
    }

    /** Deletes the table (DeleteTable) and waits until it is gone; a missing table is no error. */
    public void deleteTable() {
        Futures.join(TableAdmin.delete(runner, tableName()));
    }

    @Override
    public String toString() {
        return "Table[" + tableName() + " as " + modelType().getSimpleName() + "]";
    }

    // ---------------------------------------------------------------- batches

    /**
     * Reads the items with these keys (BatchGetItem, 100 keys a request, several requests at once,
     * unprocessed keys retried with backoff). Duplicate keys are read once.
     *
     * <pre>{@code
     * List<User> found = users.batchGet(List.of(Key.of("u1", "a"), Key.of("u2", "b")));
     * }</pre>
     *
     * @return the items found, in the order of {@code keys}, missing ones left out; through a
     *     polymorphic base each as its subtype, through a subtype view only that subtype's
     * @throws ItemValidationException when a key is invalid, listing each with its position; nothing is
     *     sent
     * @throws BatchGetException when retries ran out; it lists the keys not read and holds the items found
     */
    public List<T> batchGet(Collection<Key> keys) {
        return batchGet(keys, false);
    }

    /** As {@link #batchGet(Collection)}, with strongly consistent reads when {@code consistentRead}. */
    public List<T> batchGet(Collection<Key> keys, boolean consistentRead) {
        BatchGet<T> get = BatchGet.of(modelType(), keys);
        BatchGet<T> wanted = consistentRead ? get.consistentRead() : get;
        return BatchResults.items(
                wanted,
                Futures.join(
                        Batches.get(runner, batching, List.of(new Batches.Get(codec, wanted.keys(), consistentRead)))),
                batching);
    }

    /**
     * Saves the items (BatchWriteItem, 25 a request, several requests at once, unprocessed items
     * retried with backoff), filling generated fields as {@link #save(Object)} does. Where several items
     * have one key, the last wins. BatchWriteItem has no conditions: a {@code @Version} is set (new
     * items 1, others the item's plus one) but not checked: a concurrent change is overwritten.
     *
     * @return the items as stored, in the order given
     * @throws ItemValidationException when any item is invalid, listing every problem with its
     *     position; nothing is sent
     * @throws BatchWriteException when retries ran out; it lists exactly the items not saved, and every
     *     other item was saved
     */
    public List<T> batchSave(Collection<? extends T> items) {
        List<Batches.Entry> entries = Batches.prepare(
                items.stream().map(item -> new Batches.Write.Save(codec, item)).toList());
        return BatchResults.stored(entries, Futures.join(Batches.write(runner, batching, entries)), batching);
    }

    /**
     * Deletes the items with these keys (BatchWriteItem, as {@link #batchSave}); deleting a missing
     * item is not an error.
     *
     * @throws ItemValidationException when a key is invalid; nothing is sent
     * @throws BatchWriteException when retries ran out; it lists exactly the keys not deleted
     */
    public void batchDelete(Collection<Key> keys) {
        List<Batches.Entry> entries = Batches.prepare(keys.stream()
                .map(key -> (Batches.Write) new Batches.Write.Delete(codec, key))
                .toList());
        BatchResults.stored(entries, Futures.join(Batches.write(runner, batching, entries)), batching);
    }

    /** A writer that buffers this table's saves and deletes and sends them 25 at a time; see {@link TableBatchWriter}. */
    public TableBatchWriter<T> batchWriter() {
        return new TableBatchWriter<>(codec, new BatchBuffer(runner, batching));
    }
}
