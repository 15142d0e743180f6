package io.dynantic.expression;

/** The comparison operators of DynamoDB condition expressions. */
public enum ComparisonOperator {
    EQ("="),
    NE("<>"),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in an expression. */
    public String symbol() {
        return symbol;
    }
}
