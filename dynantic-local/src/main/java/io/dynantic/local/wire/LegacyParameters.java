package io.dynantic.local.wire;

import io.dynantic.local.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * DynamoDB's legacy parameters, rewritten into the expression parameters they mean before a request is read:
 * AttributesToGet into a ProjectionExpression, Expected into a ConditionExpression, AttributeUpdates into an
 * UpdateExpression, KeyConditions into a KeyConditionExpression, QueryFilter and ScanFilter into a
 * FilterExpression, each joined by ConditionalOperator (AND by default). Names and values travel as placeholders
 * {@code #legacyN} and {@code :legacyN}, so any attribute name works. A request may not mix the two kinds.
 */
final class LegacyParameters {
    // DynamoDB's message for a request that mixes the two kinds of parameters; recalled, not confirmed.
    static final String MIXED = "Can not use both expression and non-expression parameters in the same request:"
            + " Non-expression parameters: {%s} Expression parameters: {%s}";
    // This engine's message for a comparison operator it does not know; DynamoDB's own text is unconfirmed.
    static final String UNKNOWN_OPERATOR = "1 validation error detected: Value '%s' at 'comparisonOperator' failed"
            + " to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ,"
            + " GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]";
    // This engine's message for an AttributeValueList of the wrong length; DynamoDB's own text is unconfirmed.
    static final String WRONG_ARGUMENTS =
            "One or more parameter values were invalid: Invalid number of argument(s) for the %s ComparisonOperator";

    private static final List<String> LEGACY = List.of(
            "AttributesToGet",
            "Expected",
            "AttributeUpdates",
            "KeyConditions",
            "QueryFilter",
            "ScanFilter",
            "ConditionalOperator");
    private static final List<String> EXPRESSIONS = List.of(
            "ProjectionExpression",
            "ConditionExpression",
            "UpdateExpression",
            "KeyConditionExpression",
            "FilterExpression",
            "ExpressionAttributeNames",
            "ExpressionAttributeValues");

    private final Map<String, Object> names = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    private LegacyParameters() {}

    /** Rewrites the legacy parameters of a request (and of BatchGetItem's tables) in place. */
    static void rewrite(Map<String, Object> request) {
        rewriteOne(request);
        Object items = request.get("RequestItems");
        if (items instanceof Map<?, ?> tables) {
            for (Object table : tables.values()) {
                if (table instanceof Map<?, ?> keysAndAttributes) {
                    rewriteOne(Shapes.object(keysAndAttributes));
                }
            }
        }
    }

    private static void rewriteOne(Map<String, Object> request) {
        List<String> legacy = present(request, LEGACY);
        if (legacy.isEmpty()) {
            return;
        }
        List<String> expressions = present(request, EXPRESSIONS);
        if (!expressions.isEmpty()) {
            throw new ValidationException(
                    String.format(MIXED, String.join(", ", legacy), String.join(", ", expressions)));
        }
        LegacyParameters rewriter = new LegacyParameters();
        String joiner = request.containsKey("ConditionalOperator")
                ? " " + Shapes.string(request.remove("ConditionalOperator")) + " "
                : " AND ";
        Object attributes = request.remove("AttributesToGet");
        if (attributes != null) {
            StringJoiner projection = new StringJoiner(", ");
            Shapes.list(attributes).forEach(name -> projection.add(rewriter.name(Shapes.string(name))));
            request.put("ProjectionExpression", projection.toString());
        }
        Object expected = request.remove("Expected");
        if (expected != null) {
            request.put("ConditionExpression", rewriter.expected(Shapes.object(expected), joiner));
        }
        Object updates = request.remove("AttributeUpdates");
        if (updates != null) {
            request.put("UpdateExpression", rewriter.updates(Shapes.object(updates)));
        }
        Object keyConditions = request.remove("KeyConditions");
        if (keyConditions != null) {
            request.put("KeyConditionExpression", rewriter.conditions(Shapes.object(keyConditions), " AND "));
        }
        for (String filter : List.of("QueryFilter", "ScanFilter")) {
            Object conditions = request.remove(filter);
            if (conditions != null) {
                request.put("FilterExpression", rewriter.conditions(Shapes.object(conditions), joiner));
            }
        }
        if (!rewriter.names.isEmpty()) {
            request.put("ExpressionAttributeNames", rewriter.names);
        }
        if (!rewriter.values.isEmpty()) {
            request.put("ExpressionAttributeValues", rewriter.values);
        }
    }

    private static List<String> present(Map<String, Object> request, List<String> parameters) {
        List<String> found = new ArrayList<>();
        parameters.stream().filter(request::containsKey).forEach(found::add);
        return found;
    }

    private String name(String attribute) {
        String placeholder = "#legacy" + names.size();
        names.put(placeholder, attribute);
        return placeholder;
    }

    private String value(Object attributeValue) {
        String placeholder = ":legacy" + values.size();
        values.put(placeholder, attributeValue);
        return placeholder;
    }

    private String expected(Map<String, Object> expected, String joiner) {
        StringJoiner condition = new StringJoiner(joiner);
        expected.forEach((attribute, json) -> {
            Map<String, Object> entry = Shapes.object(json);
            if (entry.containsKey("ComparisonOperator")) {
                condition.add(comparison(attribute, entry));
            } else if (Boolean.FALSE.equals(entry.get("Exists"))) {
                condition.add("attribute_not_exists(" + name(attribute) + ")");
            } else if (entry.containsKey("Value")) {
                condition.add(name(attribute) + " = " + value(entry.get("Value")));
            } else {
                condition.add("attribute_exists(" + name(attribute) + ")");
            }
        });
        return condition.toString();
    }

    private String conditions(Map<String, Object> conditions, String joiner) {
        StringJoiner expression = new StringJoiner(joiner);
        conditions.forEach((attribute, json) -> expression.add(comparison(attribute, Shapes.object(json))));
        return expression.toString();
    }

    /** One attribute's {@code ComparisonOperator} and {@code AttributeValueList} as an expression. */
    private String comparison(String attribute, Map<String, Object> condition) {
        String operator = Shapes.string(condition.get("ComparisonOperator"));
        Object list = condition.get("AttributeValueList");
        List<Object> arguments = list == null ? List.of() : Shapes.list(list);
        String path = name(attribute);
        switch (operator) {
            case "NULL":
                arguments(operator, arguments, 0);
                return "attribute_not_exists(" + path + ")";
            case "NOT_NULL":
                arguments(operator, arguments, 0);
                return "attribute_exists(" + path + ")";
            case "EQ":
            case "NE":
            case "LE":
            case "LT":
            case "GE":
            case "GT":
                arguments(operator, arguments, 1);
                return path + " " + symbol(operator) + " " + value(arguments.get(0));
            case "CONTAINS":
                arguments(operator, arguments, 1);
                return "contains(" + path + ", " + value(arguments.get(0)) + ")";
            case "NOT_CONTAINS":
                arguments(operator, arguments, 1);
                return "NOT contains(" + path + ", " + value(arguments.get(0)) + ")";
            case "BEGINS_WITH":
                arguments(operator, arguments, 1);
                return "begins_with(" + path + ", " + value(arguments.get(0)) + ")";
            case "BETWEEN":
                arguments(operator, arguments, 2);
                return path + " BETWEEN " + value(arguments.get(0)) + " AND " + value(arguments.get(1));
            case "IN":
                if (arguments.isEmpty()) {
                    throw new ValidationException(String.format(WRONG_ARGUMENTS, operator));
                }
                StringJoiner in = new StringJoiner(", ", path + " IN (", ")");
                arguments.forEach(argument -> in.add(value(argument)));
                return in.toString();
            default:
                throw new ValidationException(String.format(UNKNOWN_OPERATOR, operator));
        }
    }

    private static void arguments(String operator, List<Object> arguments, int count) {
        if (arguments.size() != count) {
            throw new ValidationException(String.format(WRONG_ARGUMENTS, operator));
        }
    }

    private static String symbol(String operator) {
        switch (operator) {
            case "EQ":
                return "=";
            case "NE":
                return "<>";
            case "LE":
                return "<=";
            case "LT":
                return "<";
            case "GE":
                return ">=";
            default:
                return ">";
        }
    }

    /** AttributeUpdates' PUT, ADD and DELETE actions as one update expression. */
    private String updates(Map<String, Object> updates) {
        StringJoiner set = new StringJoiner(", ", "SET ", "").setEmptyValue("");
        StringJoiner remove = new StringJoiner(", ", "REMOVE ", "").setEmptyValue("");
        StringJoiner add = new StringJoiner(", ", "ADD ", "").setEmptyValue("");
        StringJoiner delete = new StringJoiner(", ", "DELETE ", "").setEmptyValue("");
        updates.forEach((attribute, json) -> {
            Map<String, Object> update = Shapes.object(json);
            String action = update.containsKey("Action") ? Shapes.string(update.get("Action")) : "PUT";
            Object value = update.get("Value");
            String path = name(attribute);
            if (action.equals("PUT")) {
                set.add(path + " = " + value(value));
            } else if (action.equals("ADD")) {
                add.add(path + " " + value(value));
            } else if (value == null) {
                remove.add(path);
            } else {
                delete.add(path + " " + value(value));
            }
        });
        StringJoiner expression = new StringJoiner(" ");
        for (StringJoiner clause : List.of(set, remove, add, delete)) {
            if (clause.length() > 0) {
                expression.add(clause.toString());
            }
        }
        return expression.toString();
    }
}
