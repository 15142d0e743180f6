package io.dynantic.local.expression.parser;

import io.dynantic.local.ValidationException;
import io.dynantic.local.expression.Condition;
import io.dynantic.local.expression.ExpressionKind;
import io.dynantic.local.expression.Operand;
import io.dynantic.local.expression.Path;
import io.dynantic.local.expression.PathElement;
import io.dynantic.local.expression.ProjectionExpression;
import io.dynantic.local.expression.UpdateAction;
import io.dynantic.local.expression.UpdateExpression;
import io.dynantic.local.value.KeyOrder;
import io.dynantic.local.value.Type;
import io.dynantic.local.value.Value;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces the {@code #name} and {@code :value} placeholders of a request's expressions with the request's
 * ExpressionAttributeNames and ExpressionAttributeValues, with DynamoDB's checks: undefined placeholders, unused
 * definitions (see {@link #requireAllUsed}), overlapping paths and operand types. One instance serves one
 * request: it remembers which definitions were used, so it is not thread-safe.
 */
public final class PlaceholderResolver {
    // DynamoDB's messages for a definition whose key is not a placeholder; confirmed from DynamoDB responses
    // quoted in projects' issues and tests ('ExpressionAttributeValues contains invalid key: Syntax error; key:
    // ":name:name"'; dynalite's tests for 'ExpressionAttributeNames contains invalid key: Syntax error; key: "a"').
    static final String INVALID_NAME_KEY = "ExpressionAttributeNames contains invalid key: Syntax error; key: \"%s\"";
    static final String INVALID_VALUE_KEY = "ExpressionAttributeValues contains invalid key: Syntax error; key: \"%s\"";

    // DynamoDB's message; confirmed from DynamoDB responses quoted in issues (neoeinstein/modyne#3:
    // "Invalid UpdateExpression: An expression attribute name used in the document path is not defined;
    // attribute name: #upd_my_attribute_name").
    static final String UNDEFINED_NAME =
            "An expression attribute name used in the document path is not defined; attribute name: ";

    // DynamoDB's message; confirmed from DynamoDB responses quoted in issues (nubo-db/dynoxide#13, aws-sdk-go#3973).
    static final String UNDEFINED_VALUE =
            "An expression attribute value used in expression is not defined; attribute value: ";

    // DynamoDB's message; confirmed from a DynamoDB response quoted in AllocZero/EfficientDynamoDb#170
    // ("Value provided in ExpressionAttributeNames unused in expressions: keys: {#f2}").
    static final String UNUSED_NAMES = "Value provided in ExpressionAttributeNames unused in expressions: keys: {%s}";

    // DynamoDB's message; confirmed from a DynamoDB response quoted in kestra-io/plugin-aws#358
    // ("Value provided in ExpressionAttributeValues unused in expressions: keys: {:lastname}").
    static final String UNUSED_VALUES = "Value provided in ExpressionAttributeValues unused in expressions: keys: {%s}";

    // DynamoDB's message; confirmed from a DynamoDB response quoted in HENNGE/aiodynamo#2 ("Two document paths
    // overlap with each other; must remove or rewrite one of these paths; path one: [f], path two: [f]"). How
    // list indexes are written in the paths ("[0]") is not confirmed.
    static final String OVERLAP =
            "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: %s, path two: %s";

    // DynamoDB's message for a path that uses one step as both a map key and a list index. Recalled; not
    // confirmed in this session.
    static final String CONFLICT =
            "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: %s, path two: %s";

    // DynamoDB's message for an ADD or DELETE value of the wrong type, with DynamoDB's long type names. Seen in
    // emulators that follow DynamoDB; not confirmed from a DynamoDB response in this session.
    static final String ACTION_OPERAND_TYPE =
            "Incorrect operand type for operator or function; operator: %s, operand type: %s";

    // DynamoDB's message for size() of a value that has no size; confirmed from the DynamoDB response quoted in
    // scylladb/scylladb#14592 ("Incorrect operand type for operator or function; operator or function: size,
    // operand type: N").
    static final String SIZE_OPERAND_TYPE =
            "Incorrect operand type for operator or function; operator or function: size, operand type: ";

    // DynamoDB's message for BETWEEN bounds in the wrong order; confirmed from DynamoDB responses quoted in
    // projects' comments ("The BETWEEN operator requires upper bound to be greater than or equal to lower bound;
    // lower bound operand: AttributeValue: {N:200}, upper bound operand: AttributeValue: {N:100}"). How binary
    // bounds are written (here base64) is not confirmed.
    static final String BETWEEN_BOUNDS = "The BETWEEN operator requires upper bound to be greater than or equal to"
            + " lower bound; lower bound operand: %s, upper bound operand: %s";

    // DynamoDB's message for attribute_type() with a type name that does not exist. Recalled; the exact text,
    // in particular the list of valid types, is not confirmed in this session.
    static final String UNKNOWN_TYPE =
            "Invalid attribute type name found; type: %s, valid types: { B,NULL,SS,BOOL,L,BS,N,NS,S,M }";

    private static final Map<Type, String> LONG_TYPE_NAMES = Map.of(
            Type.S, "STRING",
            Type.N, "NUMBER",
            Type.B, "BINARY",
            Type.BOOL, "BOOLEAN",
            Type.NULL, "NULL",
            Type.SS, "SET",
            Type.NS, "SET",
            Type.BS, "SET",
            Type.L, "LIST",
            Type.M, "MAP");

    private final Map<String, String> names;
    private final Map<String, Value> values;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedValues = new HashSet<>();

    /**
     * A resolver for one request's ExpressionAttributeNames and ExpressionAttributeValues (either may be empty),
     * refusing keys that are not placeholders ({@code #} or {@code :} then letters, digits or underscores).
     */
    public PlaceholderResolver(Map<String, String> names, Map<String, Value> values) {
        this.names = new LinkedHashMap<>(names);
        this.values = new LinkedHashMap<>(values);
        requireKeys(this.names.keySet(), '#', INVALID_NAME_KEY);
        requireKeys(this.values.keySet(), ':', INVALID_VALUE_KEY);
    }

    private static void requireKeys(Set<String> keys, char sigil, String message) {
        for (String key : keys) {
            if (key.length() < 2 || key.charAt(0) != sigil || !key.substring(1).matches("[A-Za-z0-9_]+")) {
                throw new ValidationException(String.format(message, key));
            }
        }
    }

    /** Resolves a condition, filter or key-condition expression. */
    public Condition condition(Condition condition, ExpressionKind kind) {
        if (condition instanceof Condition.Compare c) {
            return new Condition.Compare(c.op(), operand(c.left(), kind), operand(c.right(), kind));
        }
        if (condition instanceof Condition.Between b) {
            Operand operand = operand(b.operand(), kind);
            Operand lower = operand(b.lower(), kind);
            Operand upper = operand(b.upper(), kind);
            if (lower instanceof Operand.Literal lo
                    && upper instanceof Operand.Literal hi
                    && KeyOrder.comparable(lo.value(), hi.value())
                    && KeyOrder.INSTANCE.compare(lo.value(), hi.value()) > 0) {
                throw kind.invalid(
                        String.format(BETWEEN_BOUNDS, attributeValue(lo.value()), attributeValue(hi.value())));
            }
            return new Condition.Between(operand, lower, upper);
        }
        if (condition instanceof Condition.In in) {
            Operand left = operand(in.operand(), kind);
            return new Condition.In(
                    left, in.candidates().stream().map(o -> operand(o, kind)).toList());
        }
        if (condition instanceof Condition.And and) {
            return new Condition.And(condition(and.left(), kind), condition(and.right(), kind));
        }
        if (condition instanceof Condition.Or or) {
            return new Condition.Or(condition(or.left(), kind), condition(or.right(), kind));
        }
        if (condition instanceof Condition.Not not) {
            return new Condition.Not(condition(not.condition(), kind));
        }
        if (condition instanceof Condition.AttributeExists e) {
            return new Condition.AttributeExists(path(e.path(), kind));
        }
        if (condition instanceof Condition.AttributeNotExists e) {
            return new Condition.AttributeNotExists(path(e.path(), kind));
        }
        if (condition instanceof Condition.AttributeType t) {
            Operand type = operand(t.type(), kind);
            if (type instanceof Operand.Literal literal && !isTypeName(literal.value())) {
                throw kind.invalid(String.format(UNKNOWN_TYPE, describe(literal.value())));
            }
            return new Condition.AttributeType(path(t.path(), kind), type);
        }
        if (condition instanceof Condition.BeginsWith b) {
            return new Condition.BeginsWith(operand(b.operand(), kind), operand(b.prefix(), kind));
        }
        Condition.Contains c = (Condition.Contains) condition;
        return new Condition.Contains(operand(c.operand(), kind), operand(c.element(), kind));
    }

    /** Resolves an update expression and checks that no two actions touch overlapping paths. */
    public UpdateExpression update(UpdateExpression update) {
        ExpressionKind kind = ExpressionKind.UPDATE;
        List<UpdateAction> actions = new ArrayList<>();
        for (UpdateAction action : update.actions()) {
            Path path = path(action.path(), kind);
            if (action instanceof UpdateAction.SetAction set) {
                actions.add(new UpdateAction.SetAction(path, operand(set.value(), kind)));
            } else if (action instanceof UpdateAction.RemoveAction) {
                actions.add(new UpdateAction.RemoveAction(path));
            } else if (action instanceof UpdateAction.AddAction add) {
                Operand value = operand(add.value(), kind);
                requireType(kind, "ADD", value, Set.of(Type.N, Type.SS, Type.NS, Type.BS));
                actions.add(new UpdateAction.AddAction(path, value));
            } else {
                Operand value = operand(((UpdateAction.DeleteAction) action).value(), kind);
                requireType(kind, "DELETE", value, Set.of(Type.SS, Type.NS, Type.BS));
                actions.add(new UpdateAction.DeleteAction(path, value));
            }
        }
        requireDisjoint(kind, actions.stream().map(UpdateAction::path).toList());
        return new UpdateExpression(actions);
    }

    /** Resolves a projection expression and checks that its paths do not overlap. */
    public ProjectionExpression projection(ProjectionExpression projection) {
        List<Path> paths = projection.paths().stream()
                .map(p -> path(p, ExpressionKind.PROJECTION))
                .toList();
        requireDisjoint(ExpressionKind.PROJECTION, paths);
        return new ProjectionExpression(paths);
    }

    /** Refuses ExpressionAttributeNames or ExpressionAttributeValues that no resolved expression used. */
    public void requireAllUsed() {
        List<String> unusedNames =
                names.keySet().stream().filter(n -> !usedNames.contains(n)).toList();
        if (!unusedNames.isEmpty()) {
            throw new ValidationException(String.format(UNUSED_NAMES, String.join(", ", unusedNames)));
        }
        List<String> unusedValues =
                values.keySet().stream().filter(v -> !usedValues.contains(v)).toList();
        if (!unusedValues.isEmpty()) {
            throw new ValidationException(String.format(UNUSED_VALUES, String.join(", ", unusedValues)));
        }
    }

    private Operand operand(Operand operand, ExpressionKind kind) {
        if (operand instanceof Operand.PathOperand p) {
            return new Operand.PathOperand(path(p.path(), kind));
        }
        if (operand instanceof Operand.ValueRef ref) {
            Value value = values.get(ref.placeholder());
            if (value == null) {
                throw kind.invalid(UNDEFINED_VALUE + ref.placeholder());
            }
            usedValues.add(ref.placeholder());
            return new Operand.Literal(value);
        }
        if (operand instanceof Operand.Size size) {
            Operand argument = operand(size.operand(), kind);
            if (argument instanceof Operand.Literal literal && !hasSize(literal.value())) {
                throw kind.invalid(SIZE_OPERAND_TYPE + literal.value().type());
            }
            return new Operand.Size(argument);
        }
        if (operand instanceof Operand.IfNotExists f) {
            return new Operand.IfNotExists(path(f.path(), kind), operand(f.fallback(), kind));
        }
        if (operand instanceof Operand.ListAppend f) {
            return new Operand.ListAppend(operand(f.first(), kind), operand(f.second(), kind));
        }
        if (operand instanceof Operand.Arithmetic a) {
            return new Operand.Arithmetic(operand(a.left(), kind), a.plus(), operand(a.right(), kind));
        }
        return operand;
    }

    private Path path(Path path, ExpressionKind kind) {
        List<PathElement> resolved = new ArrayList<>();
        for (PathElement element : path.elements()) {
            if (element instanceof PathElement.NameRef ref) {
                String name = names.get(ref.placeholder());
                if (name == null) {
                    throw kind.invalid(UNDEFINED_NAME + ref.placeholder());
                }
                usedNames.add(ref.placeholder());
                resolved.add(new PathElement.Attribute(name));
            } else {
                resolved.add(element);
            }
        }
        return new Path(resolved);
    }

    /** A scalar as DynamoDB writes it in messages, for example {@code AttributeValue: {N:5}}. */
    private static String attributeValue(Value value) {
        String text;
        if (value instanceof Value.S s) {
            text = s.value();
        } else if (value instanceof Value.N n) {
            text = n.value().toPlainString();
        } else {
            text = Base64.getEncoder().encodeToString(((Value.B) value).value());
        }
        return "AttributeValue: {" + value.type() + ":" + text + "}";
    }

    private static boolean isTypeName(Value value) {
        if (!(value instanceof Value.S s)) {
            return false;
        }
        for (Type type : Type.values()) {
            if (type.name().equals(s.value())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Value value) {
        return value instanceof Value.S s ? s.value() : value.type().name();
    }

    private static boolean hasSize(Value value) {
        return !(value instanceof Value.N || value instanceof Value.Bool || value instanceof Value.Null);
    }

    private static void requireType(ExpressionKind kind, String action, Operand value, Set<Type> allowed) {
        Type type = ((Operand.Literal) value).value().type();
        if (!allowed.contains(type)) {
            throw kind.invalid(String.format(ACTION_OPERAND_TYPE, action, LONG_TYPE_NAMES.get(type)));
        }
    }

    private static void requireDisjoint(ExpressionKind kind, List<Path> paths) {
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                checkPair(kind, paths.get(i), paths.get(j));
            }
        }
    }

    private static void checkPair(ExpressionKind kind, Path one, Path two) {
        List<PathElement> a = one.elements();
        List<PathElement> b = two.elements();
        int common = Math.min(a.size(), b.size());
        for (int k = 0; k < common; k++) {
            PathElement x = a.get(k);
            PathElement y = b.get(k);
            if (x.equals(y)) {
                continue;
            }
            if (x.getClass() != y.getClass()) {
                throw kind.invalid(String.format(CONFLICT, one.describe(), two.describe()));
            }
            return;
        }
        throw kind.invalid(String.format(OVERLAP, one.describe(), two.describe()));
    }
}
