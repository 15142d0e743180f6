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
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The async twin of {@link Table}: every operation with the same name and arguments, run on the
 * async client and returning a {@link CompletableFuture}. Get one from {@link
 * Dynantic#asyncTable(Class)}; it is immutable and thread-safe.
 *
 * <pre>{@code
 * AsyncTable<User> users = dyn.asyncTable(User.class);
 * List<CompletableFuture<Optional<User>>> lookups = ids.stream().map(id -> users.get(id, "a@b.c")).toList();
 * }</pre>
 *
 * <p>Both twins run the same operations: requests are built, validated and mapped by the same code.
 * A future fails with the exception the sync method would throw (an {@link ItemValidationException}
 * before anything is sent, a {@link ConditionFailedException}, …), not wrapped in a {@code
 * CompletionException}; no method blocks a thread.
 *
 * @param <T> the model type
 */
public final class AsyncTable<T> {
    private final DynamoDbAsyncClient client;
    private final ItemCodec<T> codec;
    private final Runner runner;

    private final Batches.Settings batching;

    AsyncTable(DynamoDbAsyncClient client, ItemCodec<T> codec, Batches.Settings batching) {
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

    /** As {@link Table#save(Object)}. */
    public <S extends T> CompletableFuture<S> save(S item) {
        return new PutItem<>(codec, item, WriteMode.SAVE, null).executeAsync(client);
    }

    /** As {@link Table#save(Object, Condition)}. */
    public <S extends T> CompletableFuture<S> save(S item, Condition<? super T> condition) {
        return Futures.attempt(
                () -> new PutItem<>(codec, item, WriteMode.SAVE, Objects.requireNonNull(condition, "condition"))
                        .executeAsync(client));
    }

    /** As {@link Table#create(Object)}. */
    public <S extends T> CompletableFuture<S> create(S item) {
        return new PutItem<>(codec, item, WriteMode.CREATE, null).executeAsync(client);
    }

    /** As {@link Table#get(Object)}. */
    public CompletableFuture<Optional<T>> get(Object partitionKey) {
        return Futures.attempt(() -> get(Key.of(partitionKey)));
    }

    /** As {@link Table#get(Object, Object)}. */
    public CompletableFuture<Optional<T>> get(Object partitionKey, Object sortKey) {
        return Futures.attempt(() -> get(Key.of(partitionKey, sortKey)));
    }

    /** As {@link Table#get(Key)}. */
    public CompletableFuture<Optional<T>> get(Key key) {
        return new GetItem<>(codec, key, false).executeAsync(client);
    }

    /** As {@link Table#getConsistent(Key)}. */
    public CompletableFuture<Optional<T>> getConsistent(Key key) {
        return new GetItem<>(codec, key, true).executeAsync(client);
    }

    /** As {@link Table#exists(Key)}. */
    public CompletableFuture<Boolean> exists(Key key) {
        return new ItemExists<>(codec, key).executeAsync(client);
    }

    /** As {@link Table#delete(Object, Object)}. */
    public CompletableFuture<Void> delete(Object partitionKey, Object sortKey) {
        return Futures.attempt(() -> delete(Key.of(partitionKey, sortKey)));
    }

    /** As {@link Table#delete(Key)}. */
    public CompletableFuture<Void> delete(Key key) {
        return new DeleteItem<>(codec, key, null).executeAsync(client);
    }

    /** As {@link Table#delete(Key, Condition)}. */
    public CompletableFuture<Void> delete(Key key, Condition<? super T> condition) {
        return Futures.attempt(() ->
                new DeleteItem<>(codec, key, Objects.requireNonNull(condition, "condition")).executeAsync(client));
    }

    /** As {@link Table#delete(Object)}. */
    public CompletableFuture<Void> delete(T item) {
        return deleteItem(item, null);
    }

    /** As {@link Table#delete(Object, Condition)}. */
    public CompletableFuture<Void> delete(T item, Condition<? super T> condition) {
        return Futures.attempt(() -> deleteItem(item, Objects.requireNonNull(condition, "condition")));
    }

    private CompletableFuture<Void> deleteItem(T item, @Nullable Condition<? super T> condition) {
        return Futures.attempt(() -> {
            ItemCodec.Identity identity = codec.identify(item, "deleted");
            return new DeleteItem<>(codec, identity, condition).executeAsync(client);
        });
    }

    /** As {@link Table#update(Object)}. */
    public AsyncUpdateBuilder<T> update(Object partitionKey) {
        return update(Key.of(partitionKey));
    }

    /** As {@link Table#update(Object, Object)}. */
    public AsyncUpdateBuilder<T> update(Object partitionKey, Object sortKey) {
        return update(Key.of(partitionKey, sortKey));
    }

    /** As {@link Table#update(Key)}. */
    public AsyncUpdateBuilder<T> update(Key key) {
        return new AsyncUpdateBuilder<>(client, codec, Objects.requireNonNull(key, "key"), false, null);
    }

    /** As {@link Table#patch(Object)}. */
    public AsyncUpdateBuilder<T> patch(T item) {
        ItemCodec.Identity identity = codec.identify(item, "patched");
        return new AsyncUpdateBuilder<>(client, codec, identity.key(), true, identity.version());
    }

    /** As {@link Table#query(Object)}. */
    public AsyncQuery<T> query(Object partitionKey) {
        return new AsyncQuery<>(client, codec, null, partitionKey);
    }

    /** As {@link Table#scan()}. */
    public AsyncScan<T> scan() {
        return new AsyncScan<>(client, codec, null);
    }

    /** As {@link Table#index(String)}. */
    public AsyncIndex<T> index(String name) {
        return new AsyncIndex<>(client, codec, codec.index(name));
    }

    /** As {@link Table#createTable()}; polls for the table to become active without holding a thread. */
    public CompletableFuture<Void> createTable() {
        return TableAdmin.create(runner, codec.model(), tableName());
    }

    /** As {@link Table#createTableIfNotExists()}. */
    public CompletableFuture<Boolean> createTableIfNotExists() {
        return TableAdmin.createIfNotExists(runner, codec.model(), tableName());
    }

    /** As {@link Table#deleteTable()}. */
    public CompletableFuture<Void> deleteTable() {
        return TableAdmin.delete(runner, tableName());
    }

    @Override
    public String toString() {
        return "AsyncTable[" + tableName() + " as " + modelType().getSimpleName() + "]";
    }

    // ---------------------------------------------------------------- batches

    /** As {@link Table#batchGet(Collection)}; an invalid key fails the future before anything is sent. */
    public CompletableFuture<List<T>> batchGet(Collection<Key> keys) {
        return batchGet(keys, false);
    }

    /** As {@link Table#batchGet(Collection, boolean)}. */
    public CompletableFuture<List<T>> batchGet(Collection<Key> keys, boolean consistentRead) {
        return Futures.attempt(() -> {
            BatchGet<T> get = BatchGet.of(modelType(), keys);
            BatchGet<T> wanted = consistentRead ? get.consistentRead() : get;
            return Futures.map(
                    Batches.get(runner, batching, List.of(new Batches.Get(codec, wanted.keys(), consistentRead))),
                    outcome -> BatchResults.items(wanted, outcome, batching));
        });
    }

    /** As {@link Table#batchSave(Collection)}. */
    public CompletableFuture<List<T>> batchSave(Collection<? extends T> items) {
        return Futures.then(CompletableFuture.completedFuture(items), all -> {
            List<Batches.Entry> entries = Batches.prepare(all.stream()
                    .map(item -> new Batches.Write.Save(codec, item))
                    .toList());
            return Futures.map(
                    Batches.write(runner, batching, entries),
                    outcome -> BatchResults.<T>stored(entries, outcome, batching));
        });
    }

    /** As {@link Table#batchDelete(Collection)}. */
    public CompletableFuture<Void> batchDelete(Collection<Key> keys) {
        return Futures.then(CompletableFuture.completedFuture(keys), all -> {
            List<Batches.Entry> entries = Batches.prepare(all.stream()
                    .map(key -> (Batches.Write) new Batches.Write.Delete(codec, key))
                    .toList());
            return Futures.map(Batches.write(runner, batching, entries), outcome -> {
                BatchResults.stored(entries, outcome, batching);
                return null;
            });
        });
    }

    /** As {@link Table#batchWriter()}; see {@link AsyncTableBatchWriter}. */
    public AsyncTableBatchWriter<T> batchWriter() {
        return new AsyncTableBatchWriter<>(codec, new BatchBuffer(runner, batching));
    }
}
