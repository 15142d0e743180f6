package io.dynantic.it.twin;

import io.dynantic.Key;

/** {@code BatchWriter} and {@code AsyncBatchWriter} as one view. */
public interface Writer {
    <S> S save(S item);

    void delete(Class<?> model, Key key);

    void delete(Object item);

    void flush();

    void close();
}
