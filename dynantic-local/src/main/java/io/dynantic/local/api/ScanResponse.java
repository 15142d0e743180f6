package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.List;
import java.util.Map;

/**
 * A Scan response: the matching items ({@code null} for Select COUNT), their count, the number of items read, and the
 * key to continue after, or {@code null} when the read reached the end.
 */
public record ScanResponse(
        List<Map<String, Value>> items,
        int count,
        int scannedCount,
        Map<String, Value> lastEvaluatedKey,
        ConsumedCapacity consumedCapacity) {
    public ScanResponse {
        items = items == null ? null : items.stream().map(Copies::item).toList();
        lastEvaluatedKey = Copies.item(lastEvaluatedKey);
    }

    /** A response that does not report consumed capacity. */
    public ScanResponse(
            List<Map<String, Value>> items, int count, int scannedCount, Map<String, Value> lastEvaluatedKey) {
        this(items, count, scannedCount, lastEvaluatedKey, null);
    }
}
