package io.dynantic.internal.expression;

import io.dynantic.ItemValidationException;
import io.dynantic.ItemValidationException.Violation;
import io.dynantic.expression.Condition;
import io.dynantic.expression.Operand;
import io.dynantic.expression.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Renders {@link Condition} trees to DynamoDB expression strings. */
public final class ConditionRenderer {
    private final Placeholders placeholders;
    private final ValueEncoder encoder;

    public ConditionRenderer(Placeholders placeholders, ValueEncoder encoder) {
        this.placeholders = placeholders;
        this.encoder = encoder;
    }

    /** The values no encoder could store, all of them, reported once the whole condition is rendered. */
    private final List<Violation> problems = new ArrayList<>(0);

    /** @throws ItemValidationException listing every value of the condition that cannot be stored */
    public String render(Condition<?> condition) {
        StringBuilder out = new StringBuilder();
        write(condition, out);
        return checked(out);
    }

    private String checked(StringBuilder out) {
        if (!problems.isEmpty()) {
            throw new ItemValidationException(List.copyOf(problems));
        }
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
        return checked(out);
    }

    private void write(Condition<?> c, StringBuilder out) {
        if (c instanceof Condition.Compare<?> x) {
            if (x.left() instanceof Operand.AttributeRef a && x.right() instanceof Operand.AttributeRef b) {
                try {
                    encoder.checkComparable(a.path(), b.path());
                } catch (ItemValidationException e) {
                    problems.addAll(e.violations());
                }
            }
            operand(x.left(), out);
            out.append(' ').append(x.operator().symbol()).append(' ');
            operand(x.right(), out);
        } else if (c instanceof Condition.Between<?> x) {
            operand(x.subject(), out);
            out.append(" BETWEEN ");
            if (x.low() instanceof Operand.Value low && x.high() instanceof Operand.Value high) {
                AttributeValue lower = value(low);
                AttributeValue upper = value(high);
                if (StoredOrder.compare(lower, upper) > 0) {
                    problems.add(new Violation(
                            subject(x.subject()),
                            "between's lower bound is above its upper bound (as stored); DynamoDB refuses that"));
                }
                out.append(placeholders.value(lower)).append(" AND ").append(placeholders.value(upper));
            } else {
                operand(x.low(), out);
                out.append(" AND ");
                operand(x.high(), out);
            }
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
            out.append(placeholders.value(AttributeValue.createS(x.type().name())));
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
            out.append(placeholders.value(value((Operand.Value) o)));
        }
    }

    /** The compared operand, for messages: {@code balance}, {@code size(tags)}. */
    private static String subject(Operand o) {
        if (o instanceof Operand.AttributeRef r) {
            return r.path().toString();
        }
        return o instanceof Operand.Size s ? "size(" + s.path() + ")" : "value";
    }

    private AttributeValue value(Operand.Value v) {
        try {
            return encoder.encode(v.value(), v.encodeAs(), v.element());
        } catch (ItemValidationException e) {
            problems.addAll(e.violations());
            return UNSTORABLE;
        }
    }

    /** Stands for a value that could not be encoded, so that rendering goes on to find the others. */
    private static final AttributeValue UNSTORABLE = AttributeValue.createNul(true);

    private String path(Path path) {
        return placeholders.path(path);
    }
}
