package io.dynantic;

import io.dynantic.internal.operation.BatchFailures;
import io.dynantic.internal.operation.Batches;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns what a batch did into what the caller gets: its results, or the exception of what it left undone. */
final class BatchResults {
    private BatchResults() {}

    /** The items of a multi-model batch get, or {@link BatchGetException} when keys were left unread. */
    static BatchGetResult result(List<BatchGet<?>> gets, Batches.GetOutcome outcome, Batches.Settings settings) {
        Map<Class<?>, List<Object>> items = new LinkedHashMap<>();
        Map<Class<?>, List<Key>> unread = new LinkedHashMap<>();
        for (int i = 0; i < gets.size(); i++) {
            Class<?> model = gets.get(i).model();
            concat(items, model, outcome.items().get(i));
            if (!outcome.unread().get(i).isEmpty()) {
                concat(unread, model, outcome.unread().get(i));
            }
        }
        BatchGetResult result = new BatchGetResult(new LinkedHashMap<>(items));
        if (outcome.complete()) {
            return result;
        }
        int count = unread.values().stream().mapToInt(List::size).sum();
        throw new BatchGetException(
                "batch get: " + count + (count == 1 ? " key was" : " keys were") + " not read"
                        + BatchFailures.reason(outcome.cause(), settings)
                        + "; unreadKeys() lists them, partialResult() has the items read",
                unread,
                result,
                outcome.cause());
    }

    private static <V> void concat(Map<Class<?>, List<V>> into, Class<?> model, List<? extends V> more) {
        List<V> list = into.computeIfAbsent(model, m -> new ArrayList<>());
        list.addAll(more);
    }

    /** The items of a one-table batch get, or {@link BatchGetException}. */
    static <T> List<T> items(BatchGet<T> get, Batches.GetOutcome outcome, Batches.Settings settings) {
        return result(List.of(get), outcome, settings).items(get.model());
    }

    /** The stored items of a batch save, or {@link BatchWriteException} when writes were left undone. */
    @SuppressWarnings("unchecked")
    static <T> List<T> stored(List<Batches.Entry> entries, Batches.WriteOutcome outcome, Batches.Settings settings) {
        BatchWriteException failure = BatchFailures.writeFailure(outcome, settings);
        if (failure != null) {
            throw failure;
        }
        List<T> out = new ArrayList<>(entries.size());
        for (Batches.Entry e : entries) {
            out.add((T) e.stored());
        }
        return out;
    }
}
