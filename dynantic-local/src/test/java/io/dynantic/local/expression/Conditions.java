package io.dynantic.local.expression;

import io.dynantic.local.expression.eval.ConditionEvaluator;
import io.dynantic.local.expression.eval.Projector;
import io.dynantic.local.expression.eval.UpdateApplier;
import io.dynantic.local.expression.parser.Expressions;
import io.dynantic.local.expression.parser.PlaceholderResolver;
import io.dynantic.local.value.Value;
import java.util.Map;

/** Parses, resolves and runs expressions in one call, for tests. */
public final class Conditions {
    private Conditions() {}

    public static boolean test(String expression, Map<String, Value> values, Map<String, Value> item) {
        return test(expression, Map.of(), values, item);
    }

    public static boolean test(
            String expression, Map<String, String> names, Map<String, Value> values, Map<String, Value> item) {
        PlaceholderResolver resolver = new PlaceholderResolver(names, values);
        Condition condition = resolver.condition(
                Expressions.condition(expression, ExpressionKind.CONDITION), ExpressionKind.CONDITION);
        resolver.requireAllUsed();
        return ConditionEvaluator.test(condition, item);
    }

    public static Map<String, Value> update(String expression, Map<String, Value> values, Map<String, Value> item) {
        PlaceholderResolver resolver = new PlaceholderResolver(Map.of(), values);
        UpdateExpression update = resolver.update(Expressions.update(expression));
        resolver.requireAllUsed();
        return UpdateApplier.apply(update, item);
    }

    public static Map<String, Value> project(String expression, Map<String, Value> item) {
        PlaceholderResolver resolver = new PlaceholderResolver(Map.of(), Map.of());
        return Projector.project(item, resolver.projection(Expressions.projection(expression)));
    }
}
