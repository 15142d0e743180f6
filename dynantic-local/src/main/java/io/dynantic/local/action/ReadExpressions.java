package io.dynantic.local.action;

import io.dynantic.local.ValidationException;
import io.dynantic.local.expression.Condition;
import io.dynantic.local.expression.ExpressionKind;
import io.dynantic.local.expression.ProjectionExpression;
import io.dynantic.local.expression.parser.Expressions;
import io.dynantic.local.expression.parser.PlaceholderResolver;
import io.dynantic.local.value.Value;
import java.util.Map;

/**
 * The expressions of a Query or Scan, parsed and resolved against the request's placeholders; absent
 * expressions are {@code null}. Checks that every placeholder definition is used.
 */
record ReadExpressions(Condition keyCondition, Condition filter, ProjectionExpression projection) {
    static ReadExpressions parse(
            String keyCondition,
            String filter,
            String projection,
            Map<String, String> names,
            Map<String, Value> values) {
        if (keyCondition == null && filter == null && projection == null) {
            if (!names.isEmpty()) {
                throw new ValidationException(RequestExpressions.NAMES_WITHOUT_EXPRESSIONS);
            }
            if (!values.isEmpty()) {
                throw new ValidationException(RequestExpressions.VALUES_WITHOUT_EXPRESSIONS);
            }
            return new ReadExpressions(null, null, null);
        }
        PlaceholderResolver resolver = new PlaceholderResolver(names, values);
        Condition parsedKey = keyCondition == null
                ? null
                : resolver.condition(Expressions.keyCondition(keyCondition), ExpressionKind.KEY_CONDITION);
        Condition parsedFilter = filter == null
                ? null
                : resolver.condition(Expressions.condition(filter, ExpressionKind.FILTER), ExpressionKind.FILTER);
        ProjectionExpression parsedProjection =
                projection == null ? null : resolver.projection(Expressions.projection(projection));
        resolver.requireAllUsed();
        return new ReadExpressions(parsedKey, parsedFilter, parsedProjection);
    }
}
