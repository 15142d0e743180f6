package io.dynantic.it.twin;

import io.dynantic.ReturnValue;
import io.dynantic.UpdatedAttributes;
import io.dynantic.expression.Attribute;
import io.dynantic.expression.Condition;
import io.dynantic.expression.ListAttribute;
import io.dynantic.expression.NumberAttribute;
import io.dynantic.expression.SetAttribute;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The update builder's steps and results, for both twins. */
public interface Update<T> {
    <V> Update<T> set(Attribute<? super T, V> attribute, V value);

    <V> Update<T> setIfNotExists(Attribute<? super T, V> attribute, V value);

    Update<T> remove(Attribute<? super T, ?> attribute);

    <N extends Number> Update<T> add(NumberAttribute<? super T, N> attribute, N value);

    <E> Update<T> add(SetAttribute<? super T, E> attribute, Set<? extends E> elements);

    <E> Update<T> delete(SetAttribute<? super T, E> attribute, Set<? extends E> elements);

    <E> Update<T> append(ListAttribute<? super T, E> attribute, List<? extends E> elements);

    <E> Update<T> prepend(ListAttribute<? super T, E> attribute, List<? extends E> elements);

    <N extends Number> Update<T> increment(NumberAttribute<? super T, N> attribute, N amount);

    <N extends Number> Update<T> decrement(NumberAttribute<? super T, N> attribute, N amount);

    Update<T> condition(Condition<? super T> condition);

    Update<T> returning(ReturnValue returnValue);

    Optional<T> execute();

    UpdatedAttributes<T> executeForAttributes();
}
