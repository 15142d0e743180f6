package io.dynantic;

import io.dynantic.expression.Attribute;
import io.dynantic.expression.Condition;
import io.dynantic.expression.ListAttribute;
import io.dynantic.expression.NumberAttribute;
import io.dynantic.expression.Path;
import io.dynantic.expression.SetAttribute;
import io.dynantic.internal.expression.UpdateAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The actions and conditions of one UpdateItem, typed by the model's attribute handles: operators
 * exist only where DynamoDB allows them ({@code add} on numbers and sets, {@code append} on lists),
 * and a value must have the attribute's type. Values are stored exactly as {@code save} stores them
 * (renamed attributes, TTL epoch seconds, nested models as maps, sortable instants). Nested paths
 * ({@code User_.address.then(Address_.zip)}) and list elements ({@code User_.history.index(0)}) work
 * in every action.
 *
 * <p>A builder: not thread-safe; each step changes it and returns it.
 *
 * @param <T> the model type
 * @param <B> the concrete builder type
 */
abstract class UpdateSteps<T, B extends UpdateSteps<T, B>> {
    final List<UpdateAction> actions = new ArrayList<>();

    @Nullable
    Condition<?> condition;

    UpdateSteps() {}

    abstract B self();

    private B action(UpdateAction action) {
        actions.add(action);
        return self();
    }

    private static Path path(Attribute<?, ?> attribute) {
        return Objects.requireNonNull(attribute, "attribute").path();
    }

    private static <V> V required(@Nullable V value, Attribute<?, ?> attribute, String action) {
        if (value == null) {
            throw new IllegalArgumentException(
                    attribute.path() + ": " + action + "(null) does nothing; give a value (or use remove)");
        }
        return value;
    }

    /**
     * Sets the attribute to {@code value} ({@code SET}); null, or an empty set, removes it. A list element set to
     * null (or an empty set) is stored as NULL, as a put stores it: removing it would shift the elements after it.
     */
    public <V> B set(Attribute<? super T, V> attribute, @Nullable V value) {
        Path path = path(attribute);
        boolean element = path.segments().get(path.segments().size() - 1) instanceof Integer;
        return action(value == null && !element ? new UpdateAction.Remove(path) : new UpdateAction.Set(path, value));
    }

    /**
     * Sets the attribute to {@code value} only when it is absent ({@code SET a = if_not_exists(a, v)}):
     * a default that never overwrites.
     */
    public <V> B setIfNotExists(Attribute<? super T, V> attribute, V value) {
        return action(new UpdateAction.SetIfNotExists(path(attribute), required(value, attribute, "setIfNotExists")));
    }

    /** Removes the attribute, the nested attribute or the list element ({@code REMOVE}). */
    public B remove(Attribute<? super T, ?> attribute) {
        return action(new UpdateAction.Remove(path(attribute)));
    }

    /** Adds {@code value} to the number, which counts as 0 when absent ({@code ADD}); atomic. */
    public <N extends Number> B add(NumberAttribute<? super T, N> attribute, N value) {
        return action(new UpdateAction.Add(path(attribute), required(value, attribute, "add")));
    }

    /** Adds elements to the set, creating it when absent ({@code ADD}); adding no elements does nothing. */
    public <E> B add(SetAttribute<? super T, E> attribute, Set<? extends E> elements) {
        return action(new UpdateAction.Add(path(attribute), required(elements, attribute, "add")));
    }

    /** Removes elements from the set ({@code DELETE}); a set left empty is removed by DynamoDB. */
    public <E> B delete(SetAttribute<? super T, E> attribute, Set<? extends E> elements) {
        return action(new UpdateAction.Delete(path(attribute), required(elements, attribute, "delete")));
    }

    /** Appends elements to the list, which counts as empty when absent ({@code list_append}). */
    public <E> B append(ListAttribute<? super T, E> attribute, List<? extends E> elements) {
        return action(new UpdateAction.Append(path(attribute), required(elements, attribute, "append"), false));
    }

    /** Puts elements before the list's first element, the list counting as empty when absent. */
    public <E> B prepend(ListAttribute<? super T, E> attribute, List<? extends E> elements) {
        return action(new UpdateAction.Append(path(attribute), required(elements, attribute, "prepend"), true));
    }

    /** {@code SET a = a + amount}, the number counting as 0 when absent. */
    public <N extends Number> B increment(NumberAttribute<? super T, N> attribute, N amount) {
        return action(new UpdateAction.Increment(path(attribute), required(amount, attribute, "increment"), false));
    }

    /** {@code SET a = a - amount}, the number counting as 0 when absent. */
    public <N extends Number> B decrement(NumberAttribute<? super T, N> attribute, N amount) {
        return action(new UpdateAction.Increment(path(attribute), required(amount, attribute, "decrement"), true));
    }

    /**
     * Applies the update only if {@code condition} holds for the stored item; several calls AND
     * together, and with the version check.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public B condition(Condition<? super T> condition) {
        Objects.requireNonNull(condition, "condition");
        this.condition = this.condition == null ? condition : ((Condition) this.condition).and(condition);
        return self();
    }
}
