package io.dynantic.it.twin;

import io.dynantic.Page;
import io.dynantic.expression.Attribute;
import io.dynantic.expression.Condition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The steps and results of queries and scans, for both twins. {@link #stream()} is the async twin's
 * {@code publisher()}, subscribed to one item at a time.
 */
public interface Reads<T> {
    Reads<T> filter(Condition<? super T> condition);

    Reads<T> limit(long n);

    Reads<T> pageSize(int n);

    Reads<T> consistentRead();

    Reads<T> eq(Object value);

    Reads<T> lt(Object value);

    Reads<T> le(Object value);

    Reads<T> gt(Object value);

    Reads<T> ge(Object value);

    Reads<T> between(Object low, Object high);

    Reads<T> beginsWith(Object prefix);

    Reads<T> descending();

    Reads<T> segments(int n);

    List<T> list();

    Stream<T> stream();

    Optional<T> first();

    T one();

    long count();

    <V> List<V> values(Attribute<? super T, V> attribute);

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> values(
            Attribute<? super T, ?> first, Attribute<? super T, ?> second, Attribute<? super T, ?>... more);

    Page<T> page(int size, String cursor);
}
