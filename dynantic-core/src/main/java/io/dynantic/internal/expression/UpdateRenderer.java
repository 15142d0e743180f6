package io.dynantic.internal.expression;

import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Renders encoded {@link UpdateAction}s to an update expression: {@code SET ... REMOVE ... ADD ...
 * DELETE ...}. Increments and appends work on absent attributes too (they start from zero and the
 * empty list).
 */
public final class UpdateRenderer {
    private static final AttributeValue ZERO = AttributeValue.createN("0");
    private static final AttributeValue EMPTY_LIST = AttributeValue.createL(List.of());

    private final Placeholders placeholders;

    public UpdateRenderer(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    /** The update expression; every action's value must already be an {@code AttributeValue}. */
    public String render(List<UpdateAction> actions) {
        StringBuilder set = new StringBuilder();
        StringBuilder remove = new StringBuilder();
        StringBuilder add = new StringBuilder();
        StringBuilder delete = new StringBuilder();
        for (UpdateAction action : actions) {
            String path = placeholders.path(action.path());
            if (action instanceof UpdateAction.Set) {
                separate(set).append(path).append(" = ").append(value(action));
            } else if (action instanceof UpdateAction.SetIfNotExists) {
                separate(set)
                        .append(path)
                        .append(" = if_not_exists(")
                        .append(path)
                        .append(", ");
                set.append(value(action)).append(')');
            } else if (action instanceof UpdateAction.Append a) {
                String stored = "if_not_exists(" + path + ", " + placeholders.value(EMPTY_LIST) + ")";
                String given = value(action);
                separate(set).append(path).append(" = list_append(");
                set.append(a.prepend() ? given : stored).append(", ").append(a.prepend() ? stored : given);
                set.append(')');
            } else if (action instanceof UpdateAction.Increment i) {
                separate(set)
                        .append(path)
                        .append(" = if_not_exists(")
                        .append(path)
                        .append(", ");
                set.append(placeholders.value(ZERO))
                        .append(i.decrement() ? ") - " : ") + ")
                        .append(value(action));
            } else if (action instanceof UpdateAction.Remove) {
                separate(remove).append(path);
            } else if (action instanceof UpdateAction.Add) {
                separate(add).append(path).append(' ').append(value(action));
            } else {
                separate(delete).append(path).append(' ').append(value(action));
            }
        }
        StringBuilder out = new StringBuilder();
        clause(out, "SET ", set);
        clause(out, "REMOVE ", remove);
        clause(out, "ADD ", add);
        clause(out, "DELETE ", delete);
        return out.toString();
    }

    private String value(UpdateAction action) {
        // Encoded before rendering, as render requires; REMOVE, which has no value, does not get here.
        return placeholders.value((AttributeValue) Objects.requireNonNull(action.value()));
    }

    private static StringBuilder separate(StringBuilder clause) {
        return clause.length() == 0 ? clause : clause.append(", ");
    }

    private static void clause(StringBuilder out, String keyword, StringBuilder actions) {
        if (actions.length() > 0) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(keyword).append(actions);
        }
    }
}
