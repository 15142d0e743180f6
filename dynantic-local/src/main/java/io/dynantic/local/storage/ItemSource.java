package io.dynantic.local.storage;

import io.dynantic.local.value.Value;
import java.util.List;
import java.util.Map;

/** What Query and Scan read: a table or one of its secondary indexes, partitioned by its key schema. */
public interface ItemSource {
    /** The key schema the source is partitioned and sorted by. */
    KeySchema keySchema();

    /** The partition key values of all partitions, in no particular order. */
    List<Value> partitionKeys();

    /**
     * The items of the partition {@code hash} in sort order ({@code forward}) or its reverse, strictly after the
     * item whose key attributes {@code after} holds, or from the first when {@code after} is {@code null}.
     */
    Iterable<Map<String, Value>> partition(Value hash, Map<String, Value> after, boolean forward);

    /** The key attributes of an item that a LastEvaluatedKey holds: the source's key and the table's key. */
    Map<String, Value> keyOf(Map<String, Value> item);
}
