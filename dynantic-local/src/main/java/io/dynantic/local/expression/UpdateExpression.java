package io.dynantic.local.expression;

import java.util.List;

/** An update expression: its actions in written order. Immutable and thread-safe. */
public record UpdateExpression(List<UpdateAction> actions) {
    public UpdateExpression {
        actions = List.copyOf(actions);
    }
}
