package io.dynantic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An item or value cannot be written: constraint violations, unrepresentable values (NaN, more than
 * 38 digits, an item over 400 KB), null or empty keys. Thrown before any request is sent; {@link
 * #violations()} lists every problem with its path.
 */
public class ItemValidationException extends DynanticException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem.
     *
     * @param path where, such as {@code User.address.zip}
     * @param message what is wrong
     */
    public record Violation(String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    private final transient List<Violation> violations;

    public ItemValidationException(List<Violation> violations) {
        super(
                violations.size() == 1
                        ? violations.get(0).toString()
                        : violations.size() + " problems:\n  "
                                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        this.violations = List.copyOf(violations);
    }

    /** Every problem found, in field order. */
    public List<Violation> violations() {
        return violations;
    }
}
