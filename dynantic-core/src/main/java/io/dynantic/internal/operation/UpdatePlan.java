package io.dynantic.internal.operation;

import io.dynantic.ItemValidationException.Violation;
import io.dynantic.expression.Attribute;
import io.dynantic.expression.Condition;
import io.dynantic.expression.Path;
import io.dynantic.internal.expression.Placeholders;
import io.dynantic.internal.expression.UpdateAction;
import io.dynantic.internal.expression.UpdateRenderer;
import io.dynantic.internal.schema.EntityModel;
import io.dynantic.internal.schema.IndexModel;
import io.dynantic.internal.schema.PropertyModel;
import io.dynantic.internal.schema.TableModel;
import io.dynantic.internal.validation.ItemSize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What an update's shape decides, worked out once per table and shape. The shape is the kinds and paths of the
 * caller's actions (not their values) and how the update is addressed: by key, by a new item or by a versioned
 * item. It decides where each value is stored and how it is checked, which actions and condition the model adds
 * ({@code @UpdatedAt}, {@code @CreatedAt}, {@code @Version}, the discriminator), and the expression with its
 * placeholders. Immutable; {@link Cache} keeps one per shape.
 */
final class UpdatePlan {
    private static final AttributeValue ONE = AttributeValue.createN("1");

    private final TableModel<?> model;
    private final boolean byItem;
    /** For each caller action: the field its value is stored in. */
    private final PathValues.Target[] targets;
    /** For each caller action: why the library owns its attribute, or null when it does not. */
    private final @Nullable String[] refusals;
    /** For each caller action: whether it sets an index key, which cannot be empty. */
    private final boolean[] indexKeys;
    /** The model's actions, after the caller's; the value of each is {@link #impliedValue}. */
    private final List<Implied> implied;
    /** The expression when every caller value is stored (an empty set or optional is not). */
    private final Rendering whole;
    /** Whether a model's action takes the time of the write. */
    private final boolean clocked;

    /**
     * An action the model adds: a constant value, the time of the write ({@code clock}), or the next version.
     */
    private record Implied(UpdateAction action, @Nullable PropertyModel clock, boolean nextVersion) {}

    private UpdatePlan(List<UpdateAction> actions, boolean byItem, boolean versioned, ItemCodec<?> codec) {
        this.model = codec.model();
        this.byItem = byItem;
        int n = actions.size();
        targets = new PathValues.Target[n];
        refusals = new String[n];
        indexKeys = new boolean[n];
        for (int i = 0; i < n; i++) {
            Path path = actions.get(i).path();
            targets[i] = codec.values().target(path);
            refusals[i] = refusal(path);
            indexKeys[i] = path.segments().size() == 1 && indexKey(path.root());
        }
        implied = implied(actions, versioned);
        boolean anyClock = false;
        for (Implied i : implied) {
            anyClock |= i.clock() != null;
        }
        clocked = anyClock;
        List<UpdateAction> all = new ArrayList<>(n + implied.size());
        all.addAll(actions);
        for (Implied i : implied) {
            all.add(i.action());
        }
        int[] origins = new int[all.size()];
        for (int i = 0; i < origins.length; i++) {
            origins[i] = i;
        }
        whole = Rendering.of(all, origins, codec.values());
    }

    PathValues.Target target(int action) {
        return targets[action];
    }

    /** Why the library, not the caller, owns the attribute of this action; null when it does not. */
    @Nullable
    String refusal(int action) {
        return refusals[action];
    }

    boolean setsIndexKey(int action) {
        return indexKeys[action];
    }

    int impliedCount() {
        return implied.size();
    }

    /** Whether {@link #impliedValue} needs the time of the write. */
    boolean clocked() {
        return clocked;
    }

    /**
     * The value of the model's {@code i}th action.
     *
     * @param now the time of the write, when {@link #clocked()}
     */
    @Nullable
    AttributeValue impliedValue(int i, @Nullable Instant now, @Nullable Object expectedVersion) {
        Implied action = implied.get(i);
        PropertyModel clock = action.clock();
        if (clock != null) {
            // A plan with a clock is clocked(), so the caller gave the time.
            return clock.converter().write(Objects.requireNonNull(now));
        }
        if (action.nextVersion()) {
            // The next version is set only in a plan for an item with a version (see implied).
            Number version = (Number) Objects.requireNonNull(expectedVersion);
            return AttributeValue.createN(Long.toString(version.longValue() + 1));
        }
        return (AttributeValue) action.action().value();
    }

    /**
     * The expression for these values, indexed as the plan's actions (the caller's, then the model's): the
     * plan's own when every caller value is stored, else one made for the actions that remain.
     *
     * @param refused which caller actions are left out for their problems; null when none is
     */
    Rendering rendering(
            List<UpdateAction> actions,
            @Nullable AttributeValue[] values,
            boolean @Nullable [] refused,
            PathValues where) {
        List<UpdateAction> remaining = null;
        int[] origins = new int[0]; // replaced when remaining is made
        for (int i = 0; i < values.length; i++) {
            UpdateAction action = i < actions.size()
                    ? actions.get(i)
                    : implied.get(i - actions.size()).action();
            boolean failed = refused != null && i < refused.length && refused[i];
            if (!failed && (values[i] != null || action instanceof UpdateAction.Remove)) {
                if (remaining != null) {
                    origins[remaining.size()] = i;
                    remaining.add(action);
                }
                continue;
            }
            if (remaining == null) {
                remaining = new ArrayList<>(values.length);
                origins = new int[values.length];
                for (int k = 0; k < i; k++) {
                    origins[k] = k;
                    remaining.add(
                            k < actions.size()
                                    ? actions.get(k)
                                    : implied.get(k - actions.size()).action());
                }
            }
            if (!failed && action instanceof UpdateAction.Set) {
                // An empty set (or optional) is not stored: setting it removes the attribute; adding, deleting or
                // defaulting to it changes nothing.
                origins[remaining.size()] = -1;
                remaining.add(new UpdateAction.Remove(action.path()));
            }
        }
        return remaining == null ? whole : Rendering.of(remaining, origins, where);
    }

    /**
     * The condition the model adds: the version check of an update by item, the discriminator of a subtype view,
     * the existence of an item of a polymorphic table updated through its base type.
     */
    @Nullable
    Condition<?> condition(@Nullable Object expectedVersion) {
        Condition<?> implied = null;
        PropertyModel version = model.primary().version();
        if (version != null && byItem) {
            implied = ItemWrites.versionCheck(version, expectedVersion);
        }
        if (model.discriminator() != null) {
            // A subtype view writes its own type and never touches another subtype's item; through the base type the
            // subtype is unknown, so the item must exist already.
            Condition<?> subtype = Conditions.ownSubtype(model);
            implied = Conditions.and(
                    implied,
                    subtype != null
                            ? subtype
                            : Attribute.named(model.partitionKey().attributeName())
                                    .exists());
        }
        return implied;
    }

    /**
     * The actions the model adds: {@code @UpdatedAt} fields set to now and {@code @CreatedAt} fields filled when
     * absent (unless the caller's actions touch them), the version incremented (by key) or set (by item), a
     * subtype view's discriminator.
     */
    private List<Implied> implied(List<UpdateAction> actions, boolean versioned) {
        EntityModel<?> entity = model.primary();
        List<Implied> out = new ArrayList<>(4);
        for (PropertyModel p : entity.updatedAt()) {
            if (!touches(actions, p)) {
                out.add(new Implied(new UpdateAction.Set(Path.of(p.attributeName()), null), p, false));
            }
        }
        for (PropertyModel p : entity.createdAt()) {
            if (!touches(actions, p)) {
                out.add(new Implied(new UpdateAction.SetIfNotExists(Path.of(p.attributeName()), null), p, false));
            }
        }
        PropertyModel version = entity.version();
        if (version != null) {
            Path path = Path.of(version.attributeName());
            if (!byItem) {
                out.add(new Implied(new UpdateAction.Add(path, ONE), null, false));
            } else {
                out.add(new Implied(new UpdateAction.Set(path, versioned ? null : ONE), null, versioned));
            }
        }
        if (model.discriminator() != null && model.entities().size() == 1) {
            AttributeValue value = AttributeValue.createS(entity.discriminatorValue());
            out.add(new Implied(new UpdateAction.Set(Path.of(model.discriminator()), value), null, false));
        }
        return List.copyOf(out);
    }

    private static boolean touches(List<UpdateAction> actions, PropertyModel p) {
        for (UpdateAction a : actions) {
            if (a.path().root().equals(p.attributeName())) {
                return true;
            }
        }
        return false;
    }

    private @Nullable String refusal(Path path) {
        String root = path.root();
        if (root.equals(model.partitionKey().attributeName())) {
            return "the partition key cannot be updated; DynamoDB keys are immutable (save a new item and delete"
                    + " the old one)";
        }
        if (model.sortKey() != null && root.equals(model.sortKey().attributeName())) {
            return "the sort key cannot be updated; DynamoDB keys are immutable (save a new item and delete the"
                    + " old one)";
        }
        PropertyModel version = model.primary().version();
        if (version != null && root.equals(version.attributeName())) {
            return "the @Version field is managed by the library; every update increments it";
        }
        if (root.equals(model.discriminator())) {
            return "the discriminator is managed by the library; it follows the model type";
        }
        return null;
    }

    private boolean indexKey(String attributeName) {
        for (IndexModel index : model.indexes()) {
            PropertyModel pk = index.partitionKey();
            PropertyModel sk = index.sortKey();
            if (pk != null && pk.attributeName().equals(attributeName)
                    || sk != null && sk.attributeName().equals(attributeName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An update expression with its name placeholders, where each value placeholder's value comes from, and the
     * paths that overlap. Immutable.
     */
    static final class Rendering {
        private final String expression;
        private final List<String> names;
        /** For each value placeholder in order: the index of the value it takes, or -1 for a constant. */
        private final int[] sources;
        /** For each value placeholder: the renderer's constant where {@code sources} says -1. */
        private final @Nullable AttributeValue[] constants;

        private final long constantBytes;

        private final List<Violation> overlaps;

        private Rendering(
                String expression,
                List<String> names,
                int[] sources,
                @Nullable AttributeValue[] constants,
                List<Violation> overlaps) {
            this.expression = expression;
            this.names = names;
            this.sources = sources;
            this.constants = constants;
            long bytes = 0;
            for (AttributeValue constant : constants) {
                bytes += constant == null ? 0 : ItemSize.bound(constant);
            }
            this.constantBytes = bytes;
            this.overlaps = overlaps;
        }

        /** The update expression; empty when there are no actions. */
        String expression() {
            return expression;
        }

        /** DynamoDB rejects two actions on one path, or on a path and a path inside it; empty when none overlap. */
        List<Violation> overlaps() {
            return overlaps;
        }

        /** Placeholders holding this rendering's names and values, for the condition to add to. */
        Placeholders placeholders(@Nullable AttributeValue[] values) {
            // Room for the values of a condition.
            @Nullable AttributeValue[] ordered = new AttributeValue[sources.length + 4];
            for (int i = 0; i < sources.length; i++) {
                ordered[i] = sources[i] < 0 ? constants[i] : values[sources[i]];
            }
            return new Placeholders(names, ordered, sources.length);
        }

        /** How many value placeholders the expression has. */
        int valueCount() {
            return sources.length;
        }

        /** At least the bytes of the values that the renderer added itself ({@link ItemSize#bound}). */
        long constantBytes() {
            return constantBytes;
        }

        /**
         * Renders {@code actions}, the value of action {@code k} to be {@code values[origins[k]]}.
         *
         * @param where how a violation names a path
         */
        static Rendering of(List<UpdateAction> actions, int[] origins, PathValues where) {
            // Rendered with a new marker instance as each action's value, so that each value placeholder can be
            // traced to its action by identity.
            List<UpdateAction> marked = new ArrayList<>(actions.size());
            for (UpdateAction action : actions) {
                marked.add(
                        action instanceof UpdateAction.Remove
                                ? action
                                : action.withValue(AttributeValue.createNul(true)));
            }
            Placeholders placeholders = new Placeholders();
            String expression = new UpdateRenderer(placeholders).render(marked);
            List<AttributeValue> values = placeholders.valueList();
            int[] sources = new int[values.size()];
            @Nullable AttributeValue[] constants = new AttributeValue[values.size()];
            for (int i = 0; i < values.size(); i++) {
                int action = actionOf(values.get(i), marked);
                sources[i] = action < 0 ? -1 : origins[action];
                constants[i] = action < 0 ? values.get(i) : null;
            }
            return new Rendering(
                    expression, List.copyOf(placeholders.nameList()), sources, constants, overlaps(actions, where));
        }

        /** The action whose value this is (by identity), or -1 for a value the renderer added itself. */
        private static int actionOf(AttributeValue value, List<UpdateAction> actions) {
            for (int i = 0; i < actions.size(); i++) {
                if (actions.get(i).value() == value) {
                    return i;
                }
            }
            return -1;
        }

        private static List<Violation> overlaps(List<UpdateAction> actions, PathValues where) {
            List<Path> paths = new ArrayList<>(actions.size());
            actions.forEach(a -> paths.add(a.path()));
            return where.overlaps(
                    paths, "is updated twice", "in one update; DynamoDB allows one action per attribute path");
        }
    }

    /**
     * Plans by shape, for one table. Shapes with list indexes in their paths are planned each call (each index
     * makes a shape of its own), and a table with very many shapes stops adding.
     */
    static final class Cache {
        private static final int LIMIT = 512;
        private final Map<Shape, Cached> plans = new ConcurrentHashMap<>();
        /** The plan found last, checked first: a code path tends to send one shape again and again. */
        private volatile @Nullable Cached last;

        /** A plan with its shape. */
        private record Cached(Shape shape, UpdatePlan plan) {}

        /**
         * The plan for the caller's {@code actions}.
         *
         * @param byItem whether the update is addressed by an item
         * @param versioned whether that item has a version to check
         */
        UpdatePlan plan(List<UpdateAction> actions, boolean byItem, boolean versioned, ItemCodec<?> codec) {
            Cached recent = last;
            if (recent != null && recent.shape().matches(actions, byItem, versioned)) {
                return recent.plan();
            }
            Shape shape = new Shape(actions, byItem, versioned);
            Cached cached = plans.get(shape);
            if (cached == null) {
                UpdatePlan plan = new UpdatePlan(actions, byItem, versioned, codec);
                if (plans.size() >= LIMIT || indexed(actions)) {
                    return plan;
                }
                cached = new Cached(shape, plan);
                plans.put(cached.shape(), cached);
            }
            last = cached;
            return cached.plan();
        }

        private static boolean indexed(List<UpdateAction> actions) {
            for (UpdateAction action : actions) {
                for (Object segment : action.path().segments()) {
                    if (segment instanceof Integer) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * The kinds and paths of actions (with their flags: prepend, decrement) and how they are addressed; it holds
     * none of the caller's values.
     */
    private static final class Shape {
        private final int[] kinds;
        private final Path[] paths;
        private final boolean byItem;
        private final boolean versioned;
        private final int hash;

        Shape(List<UpdateAction> actions, boolean byItem, boolean versioned) {
            int n = actions.size();
            kinds = new int[n];
            paths = new Path[n];
            this.byItem = byItem;
            this.versioned = versioned;
            int h = byItem ? (versioned ? 2 : 1) : 0;
            for (int i = 0; i < n; i++) {
                UpdateAction action = actions.get(i);
                kinds[i] = kind(action);
                paths[i] = action.path();
                h = 31 * (31 * h + kinds[i]) + paths[i].hashCode();
            }
            this.hash = h;
        }

        private static int kind(UpdateAction action) {
            if (action instanceof UpdateAction.Set) {
                return 1;
            }
            if (action instanceof UpdateAction.SetIfNotExists) {
                return 2;
            }
            if (action instanceof UpdateAction.Remove) {
                return 3;
            }
            if (action instanceof UpdateAction.Add) {
                return 4;
            }
            if (action instanceof UpdateAction.Append a) {
                return a.prepend() ? 6 : 5;
            }
            if (action instanceof UpdateAction.Increment i) {
                return i.decrement() ? 8 : 7;
            }
            return 9; // Delete
        }

        /** Whether these actions, so addressed, have this shape. */
        boolean matches(List<UpdateAction> actions, boolean byItem, boolean versioned) {
            if (byItem != this.byItem || versioned != this.versioned || actions.size() != kinds.length) {
                return false;
            }
            for (int i = 0; i < kinds.length; i++) {
                UpdateAction action = actions.get(i);
                if (kind(action) != kinds[i] || !paths[i].equals(action.path())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Shape other
                    && other.hash == hash
                    && other.byItem == byItem
                    && other.versioned == versioned
                    && Arrays.equals(other.kinds, kinds)
                    && Arrays.equals(other.paths, paths);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
