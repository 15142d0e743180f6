package io.dynantic;

import io.dynantic.expression.Condition;

/**
 * Active-record methods for a model that opts in: each acts on the table of the model's class through
 * {@link Dynantic#current()}, resolved at call time (so a {@linkplain Dynantic#using scope} decides
 * where the item goes).
 *
 * <pre>{@code
 * @DynamoTable("users")
 * public record User(@PartitionKey String id, String name, @Version Long version) implements DynamoModel<User> {}
 *
 * User saved = new User("u1", "Ada", null).save();
 * saved.patch().set(User_.name, "Ada L.").execute();
 * saved.delete();
 * }</pre>
 *
 * @param <T> the model type itself
 */
public interface DynamoModel<T extends DynamoModel<T>> {

    /** The table of this item's class, in the current {@code Dynantic}. */
    @SuppressWarnings("unchecked")
    private Table<T> table() {
        return Dynantic.current().table((Class<T>) getClass());
    }

    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }

    /** As {@link Table#save(Object)}: stores this item and returns it as stored. */
    default T save() {
        return table().save(self());
    }

    /** As {@link Table#save(Object, Condition)}. */
    default T save(Condition<? super T> condition) {
        return table().save(self(), condition);
    }

    /** As {@link Table#delete(Object)}: deletes the item with this item's key, checking its version. */
    default void delete() {
        table().delete(self());
    }

    /** As {@link Table#delete(Object, Condition)}. */
    default void delete(Condition<? super T> condition) {
        table().delete(self(), condition);
    }

    /** As {@link Table#patch(Object)}: an update keyed by this item, checking its version. */
    default UpdateBuilder<T> patch() {
        return table().patch(self());
    }
}
