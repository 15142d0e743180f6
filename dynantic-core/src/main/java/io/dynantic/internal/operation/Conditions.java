package io.dynantic.internal.operation;

import io.dynantic.ItemValidationException;
import io.dynantic.ItemValidationException.Violation;
import io.dynantic.expression.Attribute;
import io.dynantic.expression.Condition;
import io.dynantic.internal.expression.ConditionRenderer;
import io.dynantic.internal.expression.Placeholders;
import io.dynantic.internal.schema.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Combines optional conditions; the condition a subtype view adds to its writes. */
final class Conditions {
    private Conditions() {}

    /** Both conditions, either one when the other is null, or null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static @Nullable Condition<?> and(@Nullable Condition<?> a, @Nullable Condition<?> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return ((Condition) a).and((Condition) b);
    }

    /**
     * For a subtype view of a polymorphic table, the condition that keeps its writes to items of its subtype: the
     * item holds that subtype or does not exist. Null for any other table model.
     */
    static @Nullable Condition<?> ownSubtype(TableModel<?> model) {
        String discriminator = model.discriminator();
        if (discriminator == null || model.entities().size() != 1) {
            return null;
        }
        return Attribute.named(discriminator)
                .eq(Objects.requireNonNull(model.primary().discriminatorValue()))
                .or(Attribute.named(model.partitionKey().attributeName()).notExists());
    }

    /**
     * {@code failure} with the problems of {@code condition}'s values added: a write whose item or key is invalid
     * reports its condition's problems too, all at once.
     */
    static ItemValidationException withProblemsOf(
            ItemValidationException failure, ItemCodec<?> codec, @Nullable Condition<?> condition) {
        if (condition == null) {
            return failure;
        }
        try {
            render(codec, condition);
            return failure;
        } catch (ItemValidationException e) {
            List<Violation> all = new ArrayList<>(failure.violations());
            all.addAll(e.violations());
            return new ItemValidationException(all);
        }
    }

    /** A condition expression with its placeholders, ready for a request. */
    record Rendered(
            String expression,
            @Nullable Map<String, String> names,
            @Nullable Map<String, AttributeValue> values) {}

    /** Renders a condition for one request, values encoded as the table stores them. */
    static Rendered render(ItemCodec<?> codec, Condition<?> condition) {
        Placeholders placeholders = new Placeholders();
        String expression = new ConditionRenderer(placeholders, codec.values()).render(condition);
        return new Rendered(expression, placeholders.names(), placeholders.values());
    }
}
