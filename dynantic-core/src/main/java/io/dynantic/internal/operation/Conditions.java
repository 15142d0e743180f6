package io.dynantic.internal.operation;

import io.dynantic.expression.Condition;
import io.dynantic.internal.expression.ConditionRenderer;
import io.dynantic.internal.expression.Placeholders;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Combines optional conditions. */
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

    /** A condition expression with its placeholders, ready for a request. */
    record Rendered(
            String expression,
            @Nullable Map<String, String> names,
            @Nullable Map<String, AttributeValue> values) {}

    /** Renders a condition for one request, values encoded as the table stores them. */
    static Rendered render(ItemCodec<?> codec, Condition<?> condition) {
        Placeholders placeholders = new Placeholders();
        String expression = new ConditionRenderer(placeholders, codec.values()::encode).render(condition);
        return new Rendered(expression, placeholders.names(), placeholders.values());
    }
}
