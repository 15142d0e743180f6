package io.dynantic.it.twin;

/** The operations of {@code Index<T>}, for both twins. */
public interface IndexItems<T> {
    String name();

    boolean global();

    Reads<T> query(Object partitionKey);

    Reads<T> scan();
}
