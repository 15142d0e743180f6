package io.dynantic.internal.operation;

import io.dynantic.BatchWriteException;
import io.dynantic.Key;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The exceptions of batches whose retries ran out, built from what they left undone. */
public final class BatchFailures {
    private BatchFailures() {}

    /** The exception for a write outcome, or null when every write was done. */
    public static @Nullable BatchWriteException writeFailure(Batches.WriteOutcome outcome, Batches.Settings settings) {
        if (outcome.complete()) {
            return null;
        }
        List<Object> unsaved = new ArrayList<>();
        Map<Class<?>, List<Key>> undeleted = new LinkedHashMap<>();
        for (Batches.Entry e : outcome.left()) {
            if (e.delete()) {
                undeleted
                        .computeIfAbsent(e.codec().model().type(), c -> new ArrayList<>())
                        .add((Key) e.original());
            } else {
                unsaved.add(e.original());
            }
        }
        int deletes = undeleted.values().stream().mapToInt(List::size).sum();
        return new BatchWriteException(
                "batch write: " + outcome.left().size() + " of " + outcome.requested()
                        + (outcome.requested() == 1 ? " write was" : " writes were") + " not done ("
                        + unsaved.size() + " saves, " + deletes + " deletes)" + reason(outcome.cause(), settings)
                        + "; unsavedItems() and undeletedKeys() list them",
                unsaved,
                undeleted,
                outcome.cause());
    }

    /** Why a batch left work undone: DynamoDB kept leaving it unprocessed, or a request failed. */
    public static String reason(@Nullable Throwable cause, Batches.Settings settings) {
        if (cause == null) {
            return ": DynamoDB still left them unprocessed after "
                    + settings.backoff().attempts() + " attempts";
        }
        return Batches.retryable(cause)
                ? ": their requests still failed after " + settings.backoff().attempts() + " attempts, last with: "
                        + cause.getMessage()
                : ": their request failed with: " + cause.getMessage();
    }
}
