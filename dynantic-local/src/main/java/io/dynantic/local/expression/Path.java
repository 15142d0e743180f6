package io.dynantic.local.expression;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document path such as {@code a.b[2].#c}: a first attribute then map keys and list indexes. Immutable and
 * thread-safe.
 */
public record Path(List<PathElement> elements) {
    public Path {
        elements = List.copyOf(elements);
        if (elements.isEmpty() || elements.get(0) instanceof PathElement.Index) {
            throw new IllegalArgumentException("a path starts with an attribute name");
        }
    }

    /** A path of attribute names only, for example {@code Path.of("a", "b")} for {@code a.b}. */
    public static Path of(String... names) {
        return new Path(List.of(names).stream()
                .<PathElement>map(PathElement.Attribute::new)
                .toList());
    }

    /** The path as DynamoDB lists it in error messages, for example {@code [a, b, [0]]}. */
    public String describe() {
        return elements.stream().map(PathElement::toString).collect(Collectors.joining(", ", "[", "]"));
    }
}
