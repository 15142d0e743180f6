package io.dynantic.local.action;

import io.dynantic.local.ValidationException;
import io.dynantic.local.expression.Condition;
import io.dynantic.local.expression.ExpressionKind;
import io.dynantic.local.expression.ProjectionExpression;
import io.dynantic.local.expression.UpdateExpression;
import io.dynantic.local.expression.parser.Expressions;
import io.dynantic.local.expression.parser.PlaceholderResolver;
import io.dynantic.local.value.Value;
import java.util.Map;

/**
 * The expressions of one request, parsed and resolved against its ExpressionAttributeNames and
 * ExpressionAttributeValues; absent expressions are {@code null}. Checks that every definition is used.
 */
record RequestExpressions(Condition condition, UpdateExpression update, ProjectionExpression projection) {
    // DynamoDB's messages for placeholders given without any expression; the names message is confirmed from a
    // DynamoDB response in an application's stack trace ("ValidationException: ExpressionAttributeNames can only
    // be specified when using expressions"), the values message is its twin as emulators write it.
    static final String NAMES_WITHOUT_EXPRESSIONS =
            "ExpressionAttributeNames can only be specified when using expressions";
    static final String VALUES_WITHOUT_EXPRESSIONS =
            "ExpressionAttributeValues can only be specified when using expressions";

    static RequestExpressions parse(
            String condition, String update, String projection, Map<String, String> names, Map<String, Value> values) {
        if (condition == null && update == null && projection == null) {
            if (!names.isEmpty()) {
                throw new ValidationException(NAMES_WITHOUT_EXPRESSIONS);
            }
            if (!values.isEmpty()) {
                throw new ValidationException(VALUES_WITHOUT_EXPRESSIONS);
            }
            return new RequestExpressions(null, null, null);
        }
        PlaceholderResolver resolver = new PlaceholderResolver(names, values);
        UpdateExpression parsedUpdate = update == null ? null : resolver.update(Expressions.update(update));
        Condition parsedCondition = condition == null
                ? null
                : resolver.condition(
                        Expressions.condition(condition, ExpressionKind.CONDITION), ExpressionKind.CONDITION);
        ProjectionExpression parsedProjection =
                projection == null ? null : resolver.projection(Expressions.projection(projection));
        resolver.requireAllUsed();
        return new RequestExpressions(parsedCondition, parsedUpdate, parsedProjection);
    }
}
