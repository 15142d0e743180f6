package io.dynantic.local.expression.parser;

import io.dynantic.local.expression.Condition;
import io.dynantic.local.expression.ExpressionKind;
import io.dynantic.local.expression.ProjectionExpression;
import io.dynantic.local.expression.UpdateExpression;

/**
 * Parses DynamoDB expressions into their syntax trees, still holding {@code #name} and {@code :value}
 * placeholders (resolve them with {@link PlaceholderResolver}). Failures are
 * {@link io.dynantic.local.ValidationException}s with DynamoDB's messages. Stateless and thread-safe.
 */
public final class Expressions {
    private Expressions() {}

    /** Parses a {@code ConditionExpression} ({@code kind} CONDITION) or {@code FilterExpression} (FILTER). */
    public static Condition condition(String expression, ExpressionKind kind) {
        return new Parser(expression, kind).condition();
    }

    /** Parses a {@code KeyConditionExpression}, refusing the operators a key condition cannot use. */
    public static Condition keyCondition(String expression) {
        return new Parser(expression, ExpressionKind.KEY_CONDITION).keyCondition();
    }

    /** Parses an {@code UpdateExpression}. */
    public static UpdateExpression update(String expression) {
        return new Parser(expression, ExpressionKind.UPDATE).update();
    }

    /** Parses a {@code ProjectionExpression}. */
    public static ProjectionExpression projection(String expression) {
        return new Parser(expression, ExpressionKind.PROJECTION).projection();
    }
}
