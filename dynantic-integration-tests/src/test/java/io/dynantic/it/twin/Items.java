package io.dynantic.it.twin;

import io.dynantic.Key;
import io.dynantic.expression.Condition;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The operations of {@code Table<T>}, with its signatures, so that one test runs against the sync
 * {@code Table} or the async {@code AsyncTable} (see {@link Mode}). A method missing from either twin
 * fails the test that calls it.
 */
public interface Items<T> {
    String tableName();

    <S extends T> S save(S item);

    <S extends T> S save(S item, Condition<? super T> condition);

    <S extends T> S create(S item);

    Optional<T> get(Object partitionKey);

    Optional<T> get(Object partitionKey, Object sortKey);

    Optional<T> get(Key key);

    Optional<T> getConsistent(Key key);

    boolean exists(Key key);

    void delete(Object partitionKey, Object sortKey);

    void delete(Key key);

    void delete(Key key, Condition<? super T> condition);

    void delete(T item);

    void delete(T item, Condition<? super T> condition);

    Update<T> update(Object partitionKey);

    Update<T> update(Object partitionKey, Object sortKey);

    Update<T> update(Key key);

    Update<T> patch(T item);

    Reads<T> query(Object partitionKey);

    Reads<T> scan();

    IndexItems<T> index(String name);

    List<T> batchGet(Collection<Key> keys);

    List<T> batchGet(Collection<Key> keys, boolean consistentRead);

    List<T> batchSave(Collection<? extends T> items);

    void batchDelete(Collection<Key> keys);

    TableWriter<T> batchWriter();
}
