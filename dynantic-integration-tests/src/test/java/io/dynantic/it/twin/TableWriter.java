package io.dynantic.it.twin;

import io.dynantic.Key;

/** {@code TableBatchWriter} and {@code AsyncTableBatchWriter} as one view. */
public interface TableWriter<T> {
    <S extends T> S save(S item);

    void delete(Key key);

    void delete(T item);

    void flush();

    void close();
}
