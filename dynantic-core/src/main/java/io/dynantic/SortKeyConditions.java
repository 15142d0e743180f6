package io.dynantic;

import io.dynantic.expression.Condition;
import io.dynantic.expression.UntypedAttribute;
import java.util.function.Function;

/**
 * The sort-key conditions of a {@link Query} and an {@link AsyncQuery}: values are given as the sort key field's
 * Java type (an {@code Instant}, a number…) and encoded exactly as stored values are; a value of another type is
 * refused before sending. {@code beginsWith} also takes a text prefix of a key stored as text. A second sort-key
 * condition replaces the first.
 *
 * @param <Q> the query, returned for chaining
 */
public sealed interface SortKeyConditions<Q> permits Query, AsyncQuery {

    /** The sort key equals {@code value}. */
    default Q eq(Object value) {
        return sort(key -> key.eq(value), value);
    }

    /** The sort key is less than {@code value}. */
    default Q lt(Object value) {
        return sort(key -> key.lt(value), value);
    }

    /** The sort key is less than or equal to {@code value}. */
    default Q le(Object value) {
        return sort(key -> key.le(value), value);
    }

    /** The sort key is greater than {@code value}. */
    default Q gt(Object value) {
        return sort(key -> key.gt(value), value);
    }

    /** The sort key is greater than or equal to {@code value}. */
    default Q ge(Object value) {
        return sort(key -> key.ge(value), value);
    }

    /** {@code low <= sort key <= high}. */
    default Q between(Object low, Object high) {
        return sort(key -> key.between(low, high), low, high);
    }

    /** The sort key (a string or binary) starts with {@code prefix}. */
    default Q beginsWith(Object prefix) {
        return sort(key -> key.beginsWith(prefix), prefix);
    }

    /** Every permitted query is a {@link ReadSteps}, which keeps the condition. */
    @SuppressWarnings("unchecked")
    private Q sort(Function<UntypedAttribute, Condition<Object>> condition, Object... values) {
        return (Q) ((ReadSteps<?, ?>) this).sort(condition, values);
    }
}
