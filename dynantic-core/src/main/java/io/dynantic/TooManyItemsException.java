package io.dynantic;

/**
 * A read that must find at most one item found several, such as {@code query(pk).one()} over a
 * partition holding more than one matching item.
 */
public class TooManyItemsException extends DynanticException {
    private static final long serialVersionUID = 1L;

    public TooManyItemsException(String message) {
        super(message);
    }
}
