package io.dynantic.local.expression.parser;

import io.dynantic.local.expression.parser.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens. Stateless and thread-safe. */
final class Lexer {
    private Lexer() {}

    /** The tokens of {@code source}, ending with an EOF token. */
    static List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Kind kind;
            if (isWordChar(c)) {
                boolean digits = true;
                while (i < n && isWordChar(source.charAt(i))) {
                    digits &= Character.isDigit(source.charAt(i));
                    i++;
                }
                kind = digits ? Kind.INTEGER : Kind.IDENTIFIER;
            } else if ((c == '#' || c == ':') && i + 1 < n && isWordChar(source.charAt(i + 1))) {
                i++;
                while (i < n && isWordChar(source.charAt(i))) {
                    i++;
                }
                kind = c == '#' ? Kind.NAME_REF : Kind.VALUE_REF;
            } else {
                String two = i + 1 < n ? source.substring(i, i + 2) : "";
                if (two.equals("<>") || two.equals("<=") || two.equals(">=")) {
                    i += 2;
                    kind = two.equals("<>") ? Kind.NE : two.equals("<=") ? Kind.LE : Kind.GE;
                } else {
                    i++;
                    kind = single(c);
                }
            }
            tokens.add(new Token(kind, source.substring(start, i), start, i));
        }
        tokens.add(new Token(Kind.EOF, "<EOF>", n, n));
        return tokens;
    }

    private static Kind single(char c) {
        return switch (c) {
            case '(' -> Kind.LEFT_PAREN;
            case ')' -> Kind.RIGHT_PAREN;
            case '[' -> Kind.LEFT_BRACKET;
            case ']' -> Kind.RIGHT_BRACKET;
            case ',' -> Kind.COMMA;
            case '.' -> Kind.DOT;
            case '=' -> Kind.EQ;
            case '<' -> Kind.LT;
            case '>' -> Kind.GT;
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            default -> Kind.UNKNOWN;
        };
    }

    private static boolean isWordChar(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }
}
