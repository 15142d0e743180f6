package io.dynantic.local.expression;

import java.util.List;

/** A projection expression: the paths to read. Immutable and thread-safe. */
public record ProjectionExpression(List<Path> paths) {
    public ProjectionExpression {
        paths = List.copyOf(paths);
    }
}
