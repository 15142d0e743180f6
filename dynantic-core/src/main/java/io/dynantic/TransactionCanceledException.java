package io.dynantic;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * DynamoDB cancelled a transaction: nothing of it was applied. {@link #reasons()} line up with the
 * actions, one per action in the order given, saying which failed and why.
 */
public class TransactionCanceledException extends DynanticException {
    private static final long serialVersionUID = 1L;

    /**
     * Why DynamoDB cancelled the transaction, for one action.
     *
     * @param code DynamoDB's code: {@code None} for an action that did not fail, {@code
     *     ConditionalCheckFailed}, {@code TransactionConflict}, {@code ItemCollectionSizeLimitExceeded},
     *     {@code ProvisionedThroughputExceeded}, {@code ThrottlingError}, {@code ValidationError} …
     * @param message DynamoDB's message, or the library's explanation of a failed condition
     * @param versionConflict whether the action's {@code @Version} check failed: the stored version is
     *     not the one the action expected
     */
    public record Reason(
            String code, String message, @Nullable Object item, boolean versionConflict) {
        /** Whether this action caused the cancellation. */
        public boolean failed() {
            return !"None".equals(code);
        }

        /** Whether this action's condition was false. */
        public boolean conditionFailed() {
            return "ConditionalCheckFailed".equals(code);
        }

        /** The stored item, as its model, when DynamoDB returned it with a failed condition. */
        public <T> Optional<T> item(Class<T> model) {
            return model.isInstance(item) ? Optional.of(model.cast(item)) : Optional.empty();
        }
    }

    private final transient List<Reason> reasons;

    public TransactionCanceledException(String message, List<Reason> reasons, @Nullable Throwable cause) {
        super(message, cause);
        this.reasons = List.copyOf(reasons);
    }

    /** One reason per action, in the order of the actions. */
    public List<Reason> reasons() {
        return reasons;
    }
}
