package io.dynantic.local.expression.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.ValidationException;
import io.dynantic.local.expression.Comparator;
import io.dynantic.local.expression.Condition;
import io.dynantic.local.expression.Condition.And;
import io.dynantic.local.expression.Condition.Compare;
import io.dynantic.local.expression.Condition.Not;
import io.dynantic.local.expression.Condition.Or;
import io.dynantic.local.expression.ExpressionKind;
import io.dynantic.local.expression.Operand;
import io.dynantic.local.expression.Operand.PathOperand;
import io.dynantic.local.expression.Operand.ValueRef;
import io.dynantic.local.expression.Path;
import io.dynantic.local.expression.PathElement;
import io.dynantic.local.expression.UpdateAction;
import io.dynantic.local.expression.UpdateExpression;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static Condition condition(String expression) {
        return Expressions.condition(expression, ExpressionKind.CONDITION);
    }

    private static Compare eq(String name, String value) {
        return new Compare(Comparator.EQ, new PathOperand(Path.of(name)), new ValueRef(value));
    }

    @Test
    void andBindsTighterThanOrAndNotTighterThanAnd() {
        assertThat(condition("a = :a OR b = :b AND NOT c = :c"))
                .isEqualTo(new Or(eq("a", ":a"), new And(eq("b", ":b"), new Not(eq("c", ":c")))));
        assertThat(condition("NOT a = :a AND b = :b")).isEqualTo(new And(new Not(eq("a", ":a")), eq("b", ":b")));
    }

    @Test
    void parenthesesGroup() {
        assertThat(condition("(a = :a OR b = :b) AND c = :c"))
                .isEqualTo(new And(new Or(eq("a", ":a"), eq("b", ":b")), eq("c", ":c")));
        assertThat(condition("((a = :a))")).isEqualTo(eq("a", ":a"));
    }

    @Test
    void keywordsAreCaseInsensitive() {
        assertThat(condition("a = :a or b = :b and not c = :c"))
                .isEqualTo(condition("a = :a OR b = :b AND NOT c = :c"));
    }

    @Test
    void everyComparator() {
        for (Comparator op : Comparator.values()) {
            assertThat(condition("a " + op.symbol() + " :v"))
                    .isEqualTo(new Compare(op, new PathOperand(Path.of("a")), new ValueRef(":v")));
        }
        assertThat(condition("a<>:v")).isEqualTo(condition("a <> :v"));
    }

    @Test
    void betweenAndInBindTighterThanAnd() {
        assertThat(condition("a BETWEEN :lo AND :hi AND b IN (:x, :y)"))
                .isEqualTo(new And(
                        new Condition.Between(new PathOperand(Path.of("a")), new ValueRef(":lo"), new ValueRef(":hi")),
                        new Condition.In(
                                new PathOperand(Path.of("b")), List.of(new ValueRef(":x"), new ValueRef(":y")))));
    }

    @Test
    void inTakesAtMost100Values() {
        StringBuilder values = new StringBuilder(":v0");
        for (int i = 1; i < 100; i++) {
            values.append(", :v").append(i);
        }
        assertThat(condition("a IN (" + values + ")")).isInstanceOf(Condition.In.class);
        assertRefused(
                () -> Expressions.condition("a IN (" + values + ", :v100)", ExpressionKind.FILTER),
                "Invalid FilterExpression: The IN operator is provided with too many operands; number of operands:"
                        + " 101");
    }

    @Test
    void everyConditionFunction() {
        PathOperand a = new PathOperand(Path.of("a"));
        assertThat(condition("attribute_exists(a)")).isEqualTo(new Condition.AttributeExists(Path.of("a")));
        assertThat(condition("attribute_not_exists(a)")).isEqualTo(new Condition.AttributeNotExists(Path.of("a")));
        assertThat(condition("attribute_type(a, :t)"))
                .isEqualTo(new Condition.AttributeType(Path.of("a"), new ValueRef(":t")));
        assertThat(condition("begins_with(a, :p)")).isEqualTo(new Condition.BeginsWith(a, new ValueRef(":p")));
        assertThat(condition("contains(a, :e)")).isEqualTo(new Condition.Contains(a, new ValueRef(":e")));
        assertThat(condition("size(a) > :n"))
                .isEqualTo(new Compare(Comparator.GT, new Operand.Size(a), new ValueRef(":n")));
    }

    @Test
    void documentPaths() {
        Path path = ((PathOperand) ((Compare) condition("a.#b[2][10].c = :v")).left()).path();
        assertThat(path.elements())
                .containsExactly(
                        new PathElement.Attribute("a"),
                        new PathElement.NameRef("#b"),
                        new PathElement.Index(2),
                        new PathElement.Index(10),
                        new PathElement.Attribute("c"));
        assertThat(path.describe()).isEqualTo("[a, #b, [2], [10], c]");
    }

    @Test
    void updateClausesInAnyOrder() {
        UpdateExpression update =
                Expressions.update("REMOVE x, y[1] SET a = :a, b = b + :n, c = list_append(if_not_exists(c, :e), :l)"
                        + " ADD n :one DELETE s :gone");
        PathOperand b = new PathOperand(Path.of("b"));
        assertThat(update.actions())
                .containsExactly(
                        new UpdateAction.RemoveAction(Path.of("x")),
                        new UpdateAction.RemoveAction(
                                new Path(List.of(new PathElement.Attribute("y"), new PathElement.Index(1)))),
                        new UpdateAction.SetAction(Path.of("a"), new ValueRef(":a")),
                        new UpdateAction.SetAction(Path.of("b"), new Operand.Arithmetic(b, true, new ValueRef(":n"))),
                        new UpdateAction.SetAction(
                                Path.of("c"),
                                new Operand.ListAppend(
                                        new Operand.IfNotExists(Path.of("c"), new ValueRef(":e")), new ValueRef(":l"))),
                        new UpdateAction.AddAction(Path.of("n"), new ValueRef(":one")),
                        new UpdateAction.DeleteAction(Path.of("s"), new ValueRef(":gone")));
        assertThat(Expressions.update("set a = a - :n").actions())
                .containsExactly(new UpdateAction.SetAction(
                        Path.of("a"),
                        new Operand.Arithmetic(new PathOperand(Path.of("a")), false, new ValueRef(":n"))));
    }

    @Test
    void projectionIsAListOfPaths() {
        assertThat(Expressions.projection("a, b.c, #d[0]").paths())
                .containsExactly(
                        Path.of("a"),
                        Path.of("b", "c"),
                        new Path(List.of(new PathElement.NameRef("#d"), new PathElement.Index(0))));
    }

    @Test
    void syntaxErrorsQuoteTheTokenAndItsNeighbours() {
        assertRefused(
                () -> Expressions.update("ADD hits : incr"),
                "Invalid UpdateExpression: Syntax error; token: \":\", near: \"hits : incr\"");
        assertRefused(
                () -> Expressions.update("INVALID SYNTAX HERE"),
                "Invalid UpdateExpression: Syntax error; token: \"INVALID\", near: \"INVALID SYNTAX\"");
        assertRefused(
                () -> condition("a = :v b"), "Invalid ConditionExpression: Syntax error; token: \"b\", near: \":v b\"");
        assertRefused(
                () -> Expressions.condition("a =", ExpressionKind.FILTER),
                "Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \"=\"");
        assertRefused(
                () -> condition("a BETWEEN :x OR :y"),
                "Invalid ConditionExpression: Syntax error; token: \"OR\", near: \":x OR :y\"");
        assertRefused(
                () -> Expressions.update("SET a = :a + :b + :c"),
                "Invalid UpdateExpression: Syntax error; token: \"+\", near: \":b + :c\"");
        assertRefused(
                () -> Expressions.projection("a[x]"),
                "Invalid ProjectionExpression: Syntax error; token: \"x\", near: \"[x]\"");
    }

    @Test
    void emptyExpressionsAreRefused() {
        assertRefused(() -> condition("  "), "Invalid ConditionExpression: The expression can not be empty;");
        assertRefused(() -> Expressions.update(""), "Invalid UpdateExpression: The expression can not be empty;");
    }

    @Test
    void reservedWordsCannotBeBareAttributeNames() {
        assertRefused(
                () -> Expressions.update("SET rank = :r"),
                "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: rank");
        assertRefused(
                () -> Expressions.keyCondition("pk = :p AND #d > :d AND date < :e"),
                "Invalid KeyConditionExpression: Attribute name is a reserved keyword; reserved keyword: date");
        assertRefused(
                () -> Expressions.projection("a.Status"),
                "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: Status");
        assertThat(Expressions.projection("#status, statuses").paths()).hasSize(2);
        assertThat(ReservedWords.count()).isEqualTo(573);
    }

    @Test
    void eachUpdateClauseAtMostOnce() {
        assertRefused(
                () -> Expressions.update("SET a = :a SET b = :b"),
                "Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;");
        assertRefused(
                () -> Expressions.update("ADD a :a remove b add c :c"),
                "Invalid UpdateExpression: The \"ADD\" section can only be used once in an update expression;");
    }

    @Test
    void functionsAreCheckedByNameArityAndPlace() {
        assertRefused(() -> condition("foo(a)"), "Invalid ConditionExpression: Invalid function name; function: foo");
        assertRefused(
                () -> condition("begins_with(a)"),
                "Invalid ConditionExpression: Incorrect number of operands for operator or function;"
                        + " operator or function: begins_with, number of operands: 1");
        assertRefused(
                () -> condition("size(a)"),
                "Invalid ConditionExpression: The function is not allowed to be used this way in an expression;"
                        + " function: size");
        assertRefused(
                () -> Expressions.update("SET a = size(b)"),
                "Invalid UpdateExpression: The function is not allowed to be used this way in an expression;"
                        + " function: size");
        assertRefused(
                () -> condition("a = if_not_exists(a, :v)"),
                "Invalid ConditionExpression: The function is not allowed to be used this way in an expression;"
                        + " function: if_not_exists");
        assertRefused(
                () -> condition("attribute_exists(:v)"),
                "Invalid ConditionExpression: Operator or function requires a document path;"
                        + " operator or function: attribute_exists");
    }

    @Test
    void keyConditionsAllowOnlyKeyOperators() {
        assertThat(Expressions.keyCondition("pk = :p AND begins_with(sk, :s)")).isInstanceOf(And.class);
        assertThat(Expressions.keyCondition("pk = :p AND sk BETWEEN :a AND :b")).isInstanceOf(And.class);
        assertRefused(
                () -> Expressions.keyCondition("pk = :p OR sk = :s"),
                "Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: OR");
        assertRefused(
                () -> Expressions.keyCondition("pk = :p AND sk <> :s"),
                "Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: <>");
        assertRefused(
                () -> Expressions.keyCondition("pk = :p AND attribute_exists(sk)"),
                "Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: attribute_exists");
    }

    private static void assertRefused(Runnable parse, String message) {
        assertThatThrownBy(parse::run).isInstanceOf(ValidationException.class).hasMessage(message);
    }
}
