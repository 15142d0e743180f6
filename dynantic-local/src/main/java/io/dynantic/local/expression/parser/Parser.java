package io.dynantic.local.expression.parser;

import io.dynantic.local.ValidationException;
import io.dynantic.local.expression.Comparator;
import io.dynantic.local.expression.Condition;
import io.dynantic.local.expression.ExpressionKind;
import io.dynantic.local.expression.Operand;
import io.dynantic.local.expression.Path;
import io.dynantic.local.expression.PathElement;
import io.dynantic.local.expression.ProjectionExpression;
import io.dynantic.local.expression.UpdateAction;
import io.dynantic.local.expression.UpdateExpression;
import io.dynantic.local.expression.parser.Token.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A recursive-descent parser for one expression. DynamoDB's precedence, from loosest to tightest: OR, AND, NOT,
 * then comparisons, BETWEEN, IN and functions; parentheses group. Single use and not thread-safe; use
 * {@link Expressions}.
 */
final class Parser {
    // DynamoDB's message for a token the grammar does not allow; "near" is the source from the token before it
    // to the token after it. Confirmed from DynamoDB responses quoted in issues (aws/aws-cdk#7591:
    // 'Syntax error; token: ":", near: "hits : incr"'; nubo-db/dynoxide#12: 'token: "INVALID", near: "INVALID
    // SYNTAX"'). The "near" text at the end of input is our reading of the pattern, not confirmed.
    static final String SYNTAX_ERROR = "Syntax error; token: \"%s\", near: \"%s\"";

    // DynamoDB's message for an empty expression; quoted in ExtendDB/extenddb#20, which matches DynamoDB's text.
    static final String EMPTY = "The expression can not be empty;";

    // DynamoDB's message for a bare reserved word; confirmed from DynamoDB responses quoted in several projects
    // ("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: rank").
    static final String RESERVED = "Attribute name is a reserved keyword; reserved keyword: ";

    // DynamoDB's message for an unknown function. Recalled from DynamoDB behaviour; not confirmed in this session.
    static final String UNKNOWN_FUNCTION = "Invalid function name; function: ";

    // DynamoDB's message for a function called with the wrong number of arguments; the same text is used by
    // emulators that test against DynamoDB; not confirmed from a DynamoDB response in this session.
    static final String OPERAND_COUNT =
            "Incorrect number of operands for operator or function; operator or function: %s, number of operands: %d";

    // DynamoDB's message for a function where the grammar expects another kind (size() as a condition,
    // attribute_exists() as an operand, if_not_exists() outside SET). Not confirmed in this session.
    static final String MISPLACED_FUNCTION =
            "The function is not allowed to be used this way in an expression; function: ";

    // DynamoDB's message for an update clause keyword used twice; confirmed from DynamoDB responses quoted in
    // moto's tests ('Invalid UpdateExpression: The "ADD" section can only be used once in an update expression;').
    static final String DUPLICATE_SECTION = "The \"%s\" section can only be used once in an update expression;";

    // DynamoDB's message for an operator a key condition does not allow. Recalled; not confirmed in this session.
    static final String KEY_CONDITION_OPERATOR = "Invalid operator used in KeyConditionExpression: ";

    /** The most values an IN list holds (Developer Guide, expression parameters quotas). */
    static final int MAX_IN_OPERANDS = 100;

    // DynamoDB's message for a longer IN list; confirmed from a DynamoDB response quoted in reapit/foundations#8255
    // ("Invalid FilterExpression: The IN operator is provided with too many operands; number of operands: 163").
    // The count is taken to be the list's length.
    static final String IN_TOO_MANY = "The IN operator is provided with too many operands; number of operands: %d";

    private static final Set<String> CONDITION_FUNCTIONS =
            Set.of("attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains");
    private static final Set<String> UPDATE_FUNCTIONS = Set.of("if_not_exists", "list_append");
    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");
    private static final Set<Kind> COMPARATORS = EnumSet.of(Kind.EQ, Kind.NE, Kind.LT, Kind.LE, Kind.GT, Kind.GE);

    private final String source;
    private final ExpressionKind kind;
    private final List<Token> tokens;
    private int position;
    private String reservedWord;

    /** The longest expression DynamoDB takes, in UTF-8 bytes as written (placeholders not expanded). */
    static final int MAX_BYTES = 4096;

    // DynamoDB's message for a longer one; confirmed from a conformance suite run against DynamoDB
    // (paritysuite/dynamodb-conformance, limits/expressionSize).
    static final String TOO_LARGE = "Expression size has exceeded the maximum allowed size; expression size: %d";

    Parser(String source, ExpressionKind kind) {
        this.source = source;
        this.kind = kind;
        if (source.isBlank()) {
            throw kind.invalid(EMPTY);
        }
        int size = source.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_BYTES) {
            throw kind.invalid(String.format(TOO_LARGE, size));
        }
        this.tokens = Lexer.tokenize(source);
    }

    Condition condition() {
        Condition condition = or();
        finish();
        return condition;
    }

    Condition keyCondition() {
        Condition condition = condition();
        checkKeyCondition(condition);
        return condition;
    }

    UpdateExpression update() {
        List<UpdateAction> actions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        do {
            Token clause = peek();
            String word = clause.text().toUpperCase(Locale.ROOT);
            if (clause.kind() != Kind.IDENTIFIER
                    || !Set.of("SET", "REMOVE", "ADD", "DELETE").contains(word)) {
                throw syntaxError();
            }
            if (!seen.add(word)) {
                throw kind.invalid(String.format(DUPLICATE_SECTION, word));
            }
            position++;
            do {
                actions.add(action(word));
            } while (accept(Kind.COMMA));
        } while (peek().kind() != Kind.EOF);
        finish();
        return new UpdateExpression(actions);
    }

    ProjectionExpression projection() {
        List<Path> paths = new ArrayList<>();
        do {
            paths.add(path());
        } while (accept(Kind.COMMA));
        finish();
        return new ProjectionExpression(paths);
    }

    private UpdateAction action(String clause) {
        Path path = path();
        switch (clause) {
            case "SET" -> {
                expect(Kind.EQ);
                Operand value = setOperand();
                if (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS) {
                    boolean plus = next().kind() == Kind.PLUS;
                    value = new Operand.Arithmetic(value, plus, setOperand());
                }
                return new UpdateAction.SetAction(path, value);
            }
            case "REMOVE" -> {
                return new UpdateAction.RemoveAction(path);
            }
            case "ADD" -> {
                return new UpdateAction.AddAction(path, valueRef());
            }
            default -> {
                return new UpdateAction.DeleteAction(path, valueRef());
            }
        }
    }

    private Operand valueRef() {
        Token token = expect(Kind.VALUE_REF);
        return new Operand.ValueRef(token.text());
    }

    private Operand setOperand() {
        if (isFunctionCall()) {
            Token name = next();
            String function = name.text();
            if (!UPDATE_FUNCTIONS.contains(function)) {
                throw misplacedOrUnknown(function);
            }
            List<Operand> arguments = new ArrayList<>();
            expect(Kind.LEFT_PAREN);
            do {
                arguments.add(setOperand());
            } while (accept(Kind.COMMA));
            expect(Kind.RIGHT_PAREN);
            requireCount(function, arguments, 2);
            if (function.equals("list_append")) {
                return new Operand.ListAppend(arguments.get(0), arguments.get(1));
            }
            if (!(arguments.get(0) instanceof Operand.PathOperand p)) {
                throw syntaxErrorAt(name);
            }
            return new Operand.IfNotExists(p.path(), arguments.get(1));
        }
        return simpleOperand();
    }

    private Condition or() {
        Condition left = and();
        while (acceptWord("OR")) {
            left = new Condition.Or(left, and());
        }
        return left;
    }

    private Condition and() {
        Condition left = not();
        while (acceptWord("AND")) {
            left = new Condition.And(left, not());
        }
        return left;
    }

    private Condition not() {
        if (acceptWord("NOT")) {
            return new Condition.Not(not());
        }
        return primary();
    }

    private Condition primary() {
        if (accept(Kind.LEFT_PAREN)) {
            Condition inner = or();
            expect(Kind.RIGHT_PAREN);
            return inner;
        }
        if (isFunctionCall() && CONDITION_FUNCTIONS.contains(peek().text())) {
            return conditionFunction();
        }
        Operand left = conditionOperand();
        Token token = peek();
        if (COMPARATORS.contains(token.kind())) {
            position++;
            return new Condition.Compare(comparator(token.kind()), left, conditionOperand());
        }
        if (acceptWord("BETWEEN")) {
            Operand lower = conditionOperand();
            expectWord("AND");
            return new Condition.Between(left, lower, conditionOperand());
        }
        if (acceptWord("IN")) {
            expect(Kind.LEFT_PAREN);
            List<Operand> candidates = new ArrayList<>();
            do {
                candidates.add(conditionOperand());
            } while (accept(Kind.COMMA));
            expect(Kind.RIGHT_PAREN);
            if (candidates.size() > MAX_IN_OPERANDS) {
                throw kind.invalid(String.format(IN_TOO_MANY, candidates.size()));
            }
            return new Condition.In(left, candidates);
        }
        if (left instanceof Operand.Size) {
            throw kind.invalid(MISPLACED_FUNCTION + "size");
        }
        throw syntaxError();
    }

    private Condition conditionFunction() {
        String function = next().text();
        expect(Kind.LEFT_PAREN);
        List<Operand> arguments = new ArrayList<>();
        do {
            arguments.add(conditionOperand());
        } while (accept(Kind.COMMA));
        expect(Kind.RIGHT_PAREN);
        switch (function) {
            case "attribute_exists" -> {
                requireCount(function, arguments, 1);
                return new Condition.AttributeExists(pathArgument(function, arguments.get(0)));
            }
            case "attribute_not_exists" -> {
                requireCount(function, arguments, 1);
                return new Condition.AttributeNotExists(pathArgument(function, arguments.get(0)));
            }
            case "attribute_type" -> {
                requireCount(function, arguments, 2);
                return new Condition.AttributeType(pathArgument(function, arguments.get(0)), arguments.get(1));
            }
            case "begins_with" -> {
                requireCount(function, arguments, 2);
                return new Condition.BeginsWith(arguments.get(0), arguments.get(1));
            }
            default -> {
                requireCount(function, arguments, 2);
                return new Condition.Contains(arguments.get(0), arguments.get(1));
            }
        }
    }

    private Path pathArgument(String function, Operand argument) {
        if (argument instanceof Operand.PathOperand p) {
            return p.path();
        }
        // DynamoDB's message for a function given a value where it needs a path. Recalled; not confirmed.
        throw kind.invalid("Operator or function requires a document path; operator or function: " + function);
    }

    private Operand conditionOperand() {
        if (isFunctionCall()) {
            Token name = next();
            if (!name.text().equals("size")) {
                throw misplacedOrUnknown(name.text());
            }
            expect(Kind.LEFT_PAREN);
            List<Operand> arguments = new ArrayList<>();
            do {
                arguments.add(conditionOperand());
            } while (accept(Kind.COMMA));
            expect(Kind.RIGHT_PAREN);
            requireCount("size", arguments, 1);
            return new Operand.Size(arguments.get(0));
        }
        return simpleOperand();
    }

    private Operand simpleOperand() {
        if (peek().kind() == Kind.VALUE_REF) {
            return new Operand.ValueRef(next().text());
        }
        return new Operand.PathOperand(path());
    }

    private Path path() {
        List<PathElement> elements = new ArrayList<>();
        elements.add(name());
        while (true) {
            if (accept(Kind.DOT)) {
                elements.add(name());
            } else if (accept(Kind.LEFT_BRACKET)) {
                Token index = expect(Kind.INTEGER);
                try {
                    elements.add(new PathElement.Index(Integer.parseInt(index.text())));
                } catch (NumberFormatException e) {
                    throw syntaxErrorAt(index);
                }
                expect(Kind.RIGHT_BRACKET);
            } else {
                return new Path(elements);
            }
        }
    }

    private PathElement name() {
        Token token = peek();
        if (token.kind() == Kind.NAME_REF) {
            position++;
            return new PathElement.NameRef(token.text());
        }
        if (token.kind() != Kind.IDENTIFIER || KEYWORDS.contains(token.text().toUpperCase(Locale.ROOT))) {
            throw syntaxError();
        }
        position++;
        if (reservedWord == null && ReservedWords.contains(token.text())) {
            reservedWord = token.text();
        }
        return new PathElement.Attribute(token.text());
    }

    private void checkKeyCondition(Condition condition) {
        if (condition instanceof Condition.And and) {
            checkKeyCondition(and.left());
            checkKeyCondition(and.right());
        } else if (condition instanceof Condition.Or) {
            throw kind.invalid(KEY_CONDITION_OPERATOR + "OR");
        } else if (condition instanceof Condition.Not) {
            throw kind.invalid(KEY_CONDITION_OPERATOR + "NOT");
        } else if (condition instanceof Condition.In) {
            throw kind.invalid(KEY_CONDITION_OPERATOR + "IN");
        } else if (condition instanceof Condition.Compare c && c.op() == Comparator.NE) {
            throw kind.invalid(KEY_CONDITION_OPERATOR + "<>");
        } else if (condition instanceof Condition.AttributeExists) {
            throw kind.invalid(KEY_CONDITION_OPERATOR + "attribute_exists");
        } else if (condition instanceof Condition.AttributeNotExists) {
            throw kind.invalid(KEY_CONDITION_OPERATOR + "attribute_not_exists");
        } else if (condition instanceof Condition.AttributeType) {
            throw kind.invalid(KEY_CONDITION_OPERATOR + "attribute_type");
        } else if (condition instanceof Condition.Contains) {
            throw kind.invalid(KEY_CONDITION_OPERATOR + "contains");
        }
    }

    private void requireCount(String function, List<Operand> arguments, int expected) {
        if (arguments.size() != expected) {
            throw kind.invalid(String.format(OPERAND_COUNT, function, arguments.size()));
        }
    }

    private ValidationException misplacedOrUnknown(String function) {
        if (CONDITION_FUNCTIONS.contains(function) || UPDATE_FUNCTIONS.contains(function) || function.equals("size")) {
            return kind.invalid(MISPLACED_FUNCTION + function);
        }
        return kind.invalid(UNKNOWN_FUNCTION + function);
    }

    private static Comparator comparator(Kind kind) {
        return switch (kind) {
            case EQ -> Comparator.EQ;
            case NE -> Comparator.NE;
            case LT -> Comparator.LT;
            case LE -> Comparator.LE;
            case GT -> Comparator.GT;
            default -> Comparator.GE;
        };
    }

    private void finish() {
        if (peek().kind() != Kind.EOF) {
            throw syntaxError();
        }
        if (reservedWord != null) {
            throw kind.invalid(RESERVED + reservedWord);
        }
    }

    private boolean isFunctionCall() {
        return peek().kind() == Kind.IDENTIFIER
                && tokens.get(position + 1).kind() == Kind.LEFT_PAREN
                && !KEYWORDS.contains(peek().text().toUpperCase(Locale.ROOT));
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        return tokens.get(position++);
    }

    private boolean accept(Kind expected) {
        if (peek().kind() == expected) {
            position++;
            return true;
        }
        return false;
    }

    private boolean acceptWord(String word) {
        if (peek().isWord(word)) {
            position++;
            return true;
        }
        return false;
    }

    private Token expect(Kind expected) {
        if (peek().kind() != expected) {
            throw syntaxError();
        }
        return next();
    }

    private void expectWord(String word) {
        if (!acceptWord(word)) {
            throw syntaxError();
        }
    }

    private ValidationException syntaxError() {
        return syntaxErrorAt(peek());
    }

    private ValidationException syntaxErrorAt(Token token) {
        int index = tokens.indexOf(token);
        int from = index > 0 ? tokens.get(index - 1).start() : token.start();
        Token after = tokens.get(Math.min(index + 1, tokens.size() - 1));
        int to = token.kind() == Kind.EOF ? token.start() : after.kind() == Kind.EOF ? token.end() : after.end();
        return kind.invalid(String.format(SYNTAX_ERROR, token.text(), source.substring(from, to)));
    }
}
