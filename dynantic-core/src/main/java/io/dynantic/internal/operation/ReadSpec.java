package io.dynantic.internal.operation;

import io.dynantic.expression.Condition;
import io.dynantic.expression.Path;
import io.dynantic.internal.schema.IndexModel;
import io.dynantic.internal.schema.PropertyModel;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a query or scan reads, independent of paging: the table or index, key condition, filter,
 * projection and read options. Immutable; the public builders make one per run.
 *
 * @param index the index read, or null for the table
 * @param partitionValue the partition key value of a query; null for a scan
 * @param sortCondition the sort-key condition of a query (on the sort key's attribute, values not yet encoded), or
 *     null
 * @param filter the caller's filter, or null
 * @param projection the attribute paths to read, or null for whole items
 * @param pageSize DynamoDB's per-request {@code Limit}, or null
 * @param segment with {@code totalSegments}, one segment of a parallel scan; else null
 */
public record ReadSpec(
        ItemCodec<?> codec,
        @Nullable IndexModel index,
        @Nullable Object partitionValue,
        @Nullable Condition<?> sortCondition,
        @Nullable Condition<?> filter,
        @Nullable List<Path> projection,
        boolean consistent,
        boolean descending,
        @Nullable Integer pageSize,
        @Nullable Integer segment,
        @Nullable Integer totalSegments) {

    public boolean query() {
        return partitionValue != null;
    }

    /** The same read, as segment {@code segment} of {@code total}. */
    public ReadSpec segment(int segment, int total) {
        return new ReadSpec(
                codec,
                index,
                partitionValue,
                sortCondition,
                filter,
                projection,
                consistent,
                descending,
                pageSize,
                segment,
                total);
    }

    /** The partition key of what is read: the index's for a global index, else the table's. */
    PropertyModel partitionKey() {
        return index != null && index.global()
                ? index.partitionKey()
                : codec.model().partitionKey();
    }

    /** The sort key of what is read: the index's for an index (possibly none), else the table's. */
    @Nullable
    PropertyModel sortKey() {
        return index != null ? index.sortKey() : codec.model().sortKey();
    }

    /** The attributes that locate an item in what is read: DynamoDB's {@code LastEvaluatedKey} names. */
    List<String> keyAttributes() {
        List<String> out = new ArrayList<>(4);
        add(out, codec.model().partitionKey());
        add(out, codec.model().sortKey());
        if (index != null) {
            add(out, index.partitionKey());
            add(out, index.sortKey());
        }
        return out;
    }

    private static void add(List<String> out, @Nullable PropertyModel p) {
        if (p != null && !out.contains(p.attributeName())) {
            out.add(p.attributeName());
        }
    }

    /**
     * Where cursors of this read belong: a cursor from another table or index, from a scan for a query (or the
     * reverse), or from a read in the other order is refused. (Filters and projections may change between pages.)
     */
    String scope() {
        return codec.tableName() + "/" + (index == null ? "" : index.name()) + "/" + (query() ? "query" : "scan")
                + (descending ? "/descending" : "");
    }
}
