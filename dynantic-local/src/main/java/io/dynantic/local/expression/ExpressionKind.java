package io.dynantic.local.expression;

import io.dynantic.local.ValidationException;

/** The request parameters that carry an expression; DynamoDB names the parameter in each error message. */
public enum ExpressionKind {
    CONDITION("ConditionExpression"),
    FILTER("FilterExpression"),
    KEY_CONDITION("KeyConditionExpression"),
    UPDATE("UpdateExpression"),
    PROJECTION("ProjectionExpression");

    private final String parameter;

    ExpressionKind(String parameter) {
        this.parameter = parameter;
    }

    /** The request parameter's name, for example {@code ConditionExpression}. */
    public String parameter() {
        return parameter;
    }

    /** DynamoDB's error for a fault in this expression: {@code "Invalid <parameter>: <detail>"}. */
    public ValidationException invalid(String detail) {
        return new ValidationException("Invalid " + parameter + ": " + detail);
    }
}
