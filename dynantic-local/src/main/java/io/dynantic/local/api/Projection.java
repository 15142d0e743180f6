package io.dynantic.local.api;

import java.util.List;

/** A secondary index's projection: its type and, for INCLUDE, the non-key attributes it copies. */
public record Projection(ProjectionType projectionType, List<String> nonKeyAttributes) {
    public Projection {
        nonKeyAttributes = nonKeyAttributes == null ? null : List.copyOf(nonKeyAttributes);
    }

    /** A projection of every attribute. */
    public static Projection all() {
        return new Projection(ProjectionType.ALL, null);
    }
}
