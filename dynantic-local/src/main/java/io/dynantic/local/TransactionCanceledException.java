package io.dynantic.local;

import io.dynantic.local.api.CancellationReason;
import java.util.List;
import java.util.stream.Collectors;

/**
 * DynamoDB's {@code TransactionCanceledException}: a condition of TransactWriteItems failed and nothing was
 * applied. Carries one reason per action, in the order of the actions.
 */
public final class TransactionCanceledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    // DynamoDB's message; confirmed from DynamoDB responses quoted in issues (pynamodb/PynamoDB#1144,
    // erlcloud/erlcloud#607: "Transaction cancelled, please refer cancellation reasons for specific reasons
    // [None, ConditionalCheckFailed]").
    static final String MESSAGE = "Transaction cancelled, please refer cancellation reasons for specific reasons [%s]";

    private final transient List<CancellationReason> reasons;

    /** Creates the exception with its reasons, one per action. */
    public TransactionCanceledException(List<CancellationReason> reasons) {
        super(String.format(
                MESSAGE, reasons.stream().map(CancellationReason::code).collect(Collectors.joining(", "))));
        this.reasons = List.copyOf(reasons);
    }

    /** One reason per action, in the order of the actions. */
    public List<CancellationReason> reasons() {
        return reasons;
    }
}
