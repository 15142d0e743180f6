package io.dynantic.local.expression.parser;

import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.s;
import static io.dynantic.local.Fixtures.ss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.ValidationException;
import io.dynantic.local.expression.Comparator;
import io.dynantic.local.expression.Condition;
import io.dynantic.local.expression.ExpressionKind;
import io.dynantic.local.expression.Operand;
import io.dynantic.local.expression.Path;
import io.dynantic.local.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholderResolverTest {

    private static PlaceholderResolver resolver(Map<String, String> names, Map<String, Value> values) {
        return new PlaceholderResolver(names, values);
    }

    @Test
    void namesAndValuesAreSubstituted() {
        PlaceholderResolver resolver = resolver(Map.of("#s", "status", "#x", "x"), Map.of(":v", s("on")));
        Condition resolved = resolver.condition(
                Expressions.condition("#s.#x = :v", ExpressionKind.CONDITION), ExpressionKind.CONDITION);
        assertThat(resolved)
                .isEqualTo(new Condition.Compare(
                        Comparator.EQ, new Operand.PathOperand(Path.of("status", "x")), new Operand.Literal(s("on"))));
        resolver.requireAllUsed();
    }

    @Test
    void undefinedNameIsRefused() {
        PlaceholderResolver resolver = resolver(Map.of(), Map.of(":v", n("1")));
        assertThatThrownBy(() -> resolver.update(Expressions.update("SET #n = :v")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid UpdateExpression: An expression attribute name used in the document path is"
                        + " not defined; attribute name: #n");
    }

    @Test
    void undefinedValueIsRefused() {
        PlaceholderResolver resolver = resolver(Map.of(), Map.of());
        assertThatThrownBy(() -> resolver.condition(
                        Expressions.condition("a = :v", ExpressionKind.CONDITION), ExpressionKind.CONDITION))
                .hasMessage("Invalid ConditionExpression: An expression attribute value used in expression is not"
                        + " defined; attribute value: :v");
    }

    @Test
    void unusedNamesAndValuesAreRefusedAcrossAllExpressionsOfARequest() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("#a", "a");
        names.put("#f2", "f2");
        PlaceholderResolver resolver = resolver(names, Map.of(":lastname", s("x")));
        resolver.projection(Expressions.projection("#a"));
        assertThatThrownBy(resolver::requireAllUsed)
                .hasMessage("Value provided in ExpressionAttributeNames unused in expressions: keys: {#f2}");

        PlaceholderResolver values = resolver(Map.of(), Map.of(":lastname", s("x")));
        assertThatThrownBy(values::requireAllUsed)
                .hasMessage("Value provided in ExpressionAttributeValues unused in expressions: keys: {:lastname}");
    }

    @Test
    void updatePathsMayNotOverlapOrConflict() {
        PlaceholderResolver resolver = resolver(Map.of("#f", "f"), Map.of(":v", n("1")));
        assertThatThrownBy(() -> resolver.update(Expressions.update("SET f = :v, #f = :v")))
                .hasMessage("Invalid UpdateExpression: Two document paths overlap with each other; must remove or"
                        + " rewrite one of these paths; path one: [f], path two: [f]");
        assertThatThrownBy(() -> resolver.update(Expressions.update("SET a.b = :v REMOVE a")))
                .hasMessage("Invalid UpdateExpression: Two document paths overlap with each other; must remove or"
                        + " rewrite one of these paths; path one: [a, b], path two: [a]");
        assertThatThrownBy(() -> resolver.update(Expressions.update("SET a.b = :v, a[0] = :v")))
                .hasMessage("Invalid UpdateExpression: Two document paths conflict with each other; must remove or"
                        + " rewrite one of these paths; path one: [a, b], path two: [a, [0]]");
        assertThatThrownBy(() -> resolver.projection(Expressions.projection("a, a.b")))
                .hasMessage("Invalid ProjectionExpression: Two document paths overlap with each other; must remove"
                        + " or rewrite one of these paths; path one: [a], path two: [a, b]");
        assertThat(resolver.update(Expressions.update("SET a.b = :v, a.c = :v, l[0] = :v, l[1] = :v"))
                        .actions())
                .hasSize(4);
    }

    @Test
    void addAndDeleteValuesMustBeNumbersOrSets() {
        PlaceholderResolver resolver = resolver(Map.of(), Map.of(":s", s("x"), ":n", n("1"), ":ss", ss("a")));
        assertThatThrownBy(() -> resolver.update(Expressions.update("ADD a :s")))
                .hasMessage("Invalid UpdateExpression: Incorrect operand type for operator or function; operator:"
                        + " ADD, operand type: STRING");
        assertThatThrownBy(() -> resolver.update(Expressions.update("DELETE a :n")))
                .hasMessage("Invalid UpdateExpression: Incorrect operand type for operator or function; operator:"
                        + " DELETE, operand type: NUMBER");
        assertThat(resolver.update(Expressions.update("ADD a :n, b :ss DELETE c :ss"))
                        .actions())
                .hasSize(3);
    }

    @Test
    void sizeOfAValueWithoutSizeIsRefused() {
        PlaceholderResolver resolver = resolver(Map.of(), Map.of(":n", n("1"), ":m", n("2")));
        assertThatThrownBy(() -> resolver.condition(
                        Expressions.condition("size(:n) > :m", ExpressionKind.CONDITION), ExpressionKind.CONDITION))
                .hasMessage("Invalid ConditionExpression: Incorrect operand type for operator or function; operator"
                        + " or function: size, operand type: N");
    }

    @Test
    void attributeTypeNeedsAKnownTypeName() {
        PlaceholderResolver resolver = resolver(Map.of(), Map.of(":t", s("STRING")));
        assertThatThrownBy(() -> resolver.condition(
                        Expressions.condition("attribute_type(a, :t)", ExpressionKind.FILTER), ExpressionKind.FILTER))
                .hasMessage("Invalid FilterExpression: Invalid attribute type name found; type: STRING, valid types:"
                        + " { B,NULL,SS,BOOL,L,BS,N,NS,S,M }");
    }

    @Test
    void betweenBoundsMustBeInOrder() {
        PlaceholderResolver resolver = resolver(Map.of(), Map.of(":a", n("200"), ":b", n("100")));
        assertThatThrownBy(() -> resolver.condition(
                        Expressions.condition("x BETWEEN :a AND :b", ExpressionKind.CONDITION),
                        ExpressionKind.CONDITION))
                .hasMessage("Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater"
                        + " than or equal to lower bound; lower bound operand: AttributeValue: {N:200}, upper bound"
                        + " operand: AttributeValue: {N:100}");
        PlaceholderResolver strings = resolver(Map.of(), Map.of(":a", s("a"), ":b", s("b")));
        assertThatThrownBy(() -> strings.condition(
                        Expressions.keyCondition("x BETWEEN :b AND :a"), ExpressionKind.KEY_CONDITION))
                .hasMessage("Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater"
                        + " than or equal to lower bound; lower bound operand: AttributeValue: {S:b}, upper bound"
                        + " operand: AttributeValue: {S:a}");
    }

    @Test
    void definitionsMustBePlaceholders() {
        assertThatThrownBy(() -> resolver(Map.of("a", "a"), Map.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\"");
        assertThatThrownBy(() -> resolver(Map.of("#a-b", "a"), Map.of()))
                .hasMessage("ExpressionAttributeNames contains invalid key: Syntax error; key: \"#a-b\"");
        assertThatThrownBy(() -> resolver(Map.of(), Map.of(":name:name", s("x"))))
                .hasMessage("ExpressionAttributeValues contains invalid key: Syntax error; key: \":name:name\"");
        assertThatThrownBy(() -> resolver(Map.of(), Map.of(":", s("x"))))
                .hasMessage("ExpressionAttributeValues contains invalid key: Syntax error; key: \":\"");
    }
}
