package io.dynantic.internal.expression;

import io.dynantic.expression.Condition;
import io.dynantic.expression.Operand;
import io.dynantic.expression.Path;
import java.util.List;

/** Renders {@link Condition} trees to DynamoDB expression strings. */
public final class ConditionRenderer {
    private final Placeholders placeholders;
    private final ValueEncoder encoder;

    public ConditionRenderer(Placeholders placeholders, ValueEncoder encoder) {
        this.placeholders = placeholders;
        this.encoder = encoder;
    }

    public String render(Condition<?> condition) {
        StringBuilder out = new StringBuilder();
        write(condition, out);
        return out.toString();
    }

    /**
     * Renders simple conditions (comparisons and functions, no AND or OR inside) joined by AND without
     * parentheses, as a KeyConditionExpression reads.
     */
    public String renderAll(List<Condition<?>> conditions) {
        StringBuilder out = new StringBuilder();
        for (Condition<?> condition : conditions) {
            if (out.length() > 0) {
                out.append(" AND ");
            }
            write(condition, out);
        }
        return out.toString();
    }

    private void write(Condition<?> c, StringBuilder out) {
        if (c instanceof Condition.Compare<?> x) {
            operand(x.left(), out);
            out.append(' ').append(x.operator().symbol()).append(' ');
            operand(x.right(), out);
        } else if (c instanceof Condition.Between<?> x) {
            operand(x.subject(), out);
            out.append(" BETWEEN ");
            operand(x.low(), out);
            out.append(" AND ");
            operand(x.high(), out);
        } else if (c instanceof Condition.In<?> x) {
            operand(x.subject(), out);
            out.append(" IN (");
            for (int i = 0; i < x.candidates().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                operand(x.candidates().get(i), out);
            }
            out.append(')');
        } else if (c instanceof Condition.Exists<?> x) {
            out.append("attribute_exists(").append(path(x.path())).append(')');
        } else if (c instanceof Condition.NotExists<?> x) {
            out.append("attribute_not_exists(").append(path(x.path())).append(')');
        } else if (c instanceof Condition.TypeIs<?> x) {
            out.append("attribute_type(").append(path(x.path())).append(", ");
            out.append(placeholders.value(software.amazon.awssdk.services.dynamodb.model.AttributeValue.createS(
                    x.type().name())));
            out.append(')');
        } else if (c instanceof Condition.BeginsWith<?> x) {
            out.append("begins_with(").append(path(x.path())).append(", ");
            operand(x.prefix(), out);
            out.append(')');
        } else if (c instanceof Condition.Contains<?> x) {
            out.append("contains(").append(path(x.path())).append(", ");
            operand(x.operand(), out);
            out.append(')');
        } else if (c instanceof Condition.And<?> x) {
            join(x.conditions(), " AND ", out);
        } else if (c instanceof Condition.Or<?> x) {
            join(x.conditions(), " OR ", out);
        } else if (c instanceof Condition.Not<?> x) {
            out.append("NOT (");
            write(x.condition(), out);
            out.append(')');
        } else {
            throw new IllegalArgumentException("unknown condition " + c);
        }
    }

    private void join(List<Condition<?>> conditions, String operator, StringBuilder out) {
        for (int i = 0; i < conditions.size(); i++) {
            if (i > 0) {
                out.append(operator);
            }
            out.append('(');
            write(conditions.get(i), out);
            out.append(')');
        }
    }

    private void operand(Operand o, StringBuilder out) {
        if (o instanceof Operand.AttributeRef r) {
            out.append(path(r.path()));
        } else if (o instanceof Operand.Size s) {
            out.append("size(").append(path(s.path())).append(')');
        } else {
            Operand.Value v = (Operand.Value) o;
            out.append(placeholders.value(encoder.encode(v.value(), v.encodeAs(), v.element())));
        }
    }

    private String path(Path path) {
        return placeholders.path(path);
    }
}
