package io.dynantic.local.expression.parser;

/** A token of an expression with its place in the source. Immutable and thread-safe. */
record Token(Kind kind, String text, int start, int end) {

    /** The kinds of tokens; words such as AND or SET are identifiers recognised by the parser. */
    enum Kind {
        IDENTIFIER,
        NAME_REF,
        VALUE_REF,
        INTEGER,
        LEFT_PAREN,
        RIGHT_PAREN,
        LEFT_BRACKET,
        RIGHT_BRACKET,
        COMMA,
        DOT,
        EQ,
        NE,
        LT,
        LE,
        GT,
        GE,
        PLUS,
        MINUS,
        /** A character no token starts with; the parser reports it as a syntax error. */
        UNKNOWN,
        EOF
    }

    /** Whether this is the identifier {@code word}, ignoring case. */
    boolean isWord(String word) {
        return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(word);
    }
}
