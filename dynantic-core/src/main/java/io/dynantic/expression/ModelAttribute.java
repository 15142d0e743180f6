package io.dynantic.expression;

/**
 * A nested record or bean (M). Reach its attributes with {@code then}, which keeps their type:
 * {@code User_.address.then(Address_.city)} is a {@code StringAttribute<User>}.
 *
 * @param <T> the item type
 * @param <M> the nested model type
 */
public final class ModelAttribute<T, M> extends Attribute<T, M> {
    ModelAttribute(Path path) {
        super(path);
    }

    public StringAttribute<T> then(StringAttribute<M> attribute) {
        return new StringAttribute<>(path().then(attribute.path()));
    }

    public <N extends Number> NumberAttribute<T, N> then(NumberAttribute<M, N> attribute) {
        return new NumberAttribute<>(path().then(attribute.path()));
    }

    public <E> SetAttribute<T, E> then(SetAttribute<M, E> attribute) {
        return new SetAttribute<>(path().then(attribute.path()));
    }

    public <E> ListAttribute<T, E> then(ListAttribute<M, E> attribute) {
        return new ListAttribute<>(path().then(attribute.path()));
    }

    public <V> MapAttribute<T, V> then(MapAttribute<M, V> attribute) {
        return new MapAttribute<>(path().then(attribute.path()));
    }

    public <N> ModelAttribute<T, N> then(ModelAttribute<M, N> attribute) {
        return new ModelAttribute<>(path().then(attribute.path()));
    }

    public <V> ComparableAttribute<T, V> then(ComparableAttribute<M, V> attribute) {
        return new ComparableAttribute<>(path().then(attribute.path()));
    }

    public <V> Attribute<T, V> then(Attribute<M, V> attribute) {
        return new Attribute<>(path().then(attribute.path()));
    }

    /** The number of attributes stored in the map. */
    public Size<T> size() {
        return new Size<>(path());
    }
}
