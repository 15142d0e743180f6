package io.dynantic.local.expression;

/** The comparison operators of condition expressions. */
public enum Comparator {
    EQ("="),
    NE("<>"),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written, for example {@code <=}. */
    public String symbol() {
        return symbol;
    }
}
