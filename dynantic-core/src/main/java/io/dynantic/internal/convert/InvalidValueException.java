package io.dynantic.internal.convert;

import java.util.ArrayList;
import java.util.List;

/**
 * A value that cannot be stored, with the path to it. Thrown by converters while an item is written;
 * each enclosing converter prepends its own path segment on the way out, so the table sees the full
 * path ({@code address.zip}, {@code history[3]}).
 */
public final class InvalidValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One value that cannot be stored. */
    public record Problem(String path, String message) {
        Problem under(String segment) {
            if (path.isEmpty()) {
                return new Problem(segment, message);
            }
            return new Problem(path.startsWith("[") ? segment + path : segment + "." + path, message);
        }
    }

    private final transient List<Problem> problems;

    public InvalidValueException(String message) {
        this(List.of(new Problem("", message)));
    }

    public InvalidValueException(List<Problem> problems) {
        super(problems.get(0).message(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /**
     * What an exception thrown by a converter (possibly the user's) says: its message, or its class name when it has
     * none, so that no reported problem is without words.
     */
    public static String messageOf(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() + " without a message" : message;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The same problems, each one level deeper under {@code segment}. */
    public List<Problem> under(String segment) {
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            out.add(p.under(segment));
        }
        return out;
    }
}
