package io.dynantic.local.action;

import io.dynantic.local.ValidationException;
import io.dynantic.local.api.ScanRequest;
import io.dynantic.local.api.ScanResponse;
import io.dynantic.local.api.Select;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.ItemSource;
import io.dynantic.local.storage.Table;
import io.dynantic.local.value.KeyOrder;
import io.dynantic.local.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB's Scan. Checks in order: table name, Segment and TotalSegments, Limit and Select, expressions and
 * placeholders, table, index, ExclusiveStartKey; then reads one page under the read lock.
 *
 * <p>Scan order: partitions by the unsigned 32-bit FNV-1a hash ({@link #hash}) of the partition key value, ties
 * by {@link KeyOrder}; within a partition by sort key. Segment {@code s} of {@code n} holds the partitions whose
 * hash {@code h} has {@code floor(h * n / 2^32) == s}: contiguous hash ranges, so every item is in exactly one
 * segment and each segment is a run of the scan order.
 */
public final class Scan {
    /** The most segments of a parallel scan DynamoDB accepts. */
    static final int MAX_TOTAL_SEGMENTS = 1_000_000;

    // DynamoDB's messages for Segment and TotalSegments given without each other and for a Segment out of range;
    // confirmed from tests written against DynamoDB (dynalite) and emulators' conformance tests.
    static final String TOTAL_SEGMENTS_REQUIRED = "The TotalSegments parameter is required but was not present in"
            + " the request when Segment parameter is present";
    static final String SEGMENT_REQUIRED = "The Segment parameter is required but was not present in the request"
            + " when parameter TotalSegments is present";
    static final String SEGMENT_OUT_OF_RANGE = "The Segment parameter is zero-based and must be less than parameter"
            + " TotalSegments: Segment: %d is not less than TotalSegments: %d";

    // DynamoDB's request validation messages for Segment below 0 and TotalSegments out of 1..1000000, in its
    // "1 validation error detected" form as dynalite's tests record them. Unconfirmed in a DynamoDB response.
    static final String SEGMENT_NEGATIVE = "1 validation error detected: Value '%d' at 'segment' failed to satisfy"
            + " constraint: Member must have value greater than or equal to 0";
    static final String TOTAL_SEGMENTS_TOO_SMALL = "1 validation error detected: Value '%d' at 'totalSegments'"
            + " failed to satisfy constraint: Member must have value greater than or equal to 1";
    static final String TOTAL_SEGMENTS_TOO_LARGE = "1 validation error detected: Value '%d' at 'totalSegments'"
            + " failed to satisfy constraint: Member must have value less than or equal to 1000000";

    /** The scan order of partitions: by {@link #hash}, unsigned, then by key order. */
    private static final Comparator<Value> PARTITION_ORDER =
            Comparator.comparingLong(Scan::hash).thenComparing(KeyOrder.INSTANCE);

    private final Catalog catalog;

    public Scan(Catalog catalog) {
        this.catalog = catalog;
    }

    public ScanResponse execute(ScanRequest request) {
        Tables.requireName(request.tableName());
        checkSegments(request.segment(), request.totalSegments());
        Select select = Reads.checkSelect(
                request.limit(), request.select(), request.projectionExpression(), request.indexName());
        ReadExpressions expressions = ReadExpressions.parse(
                null,
                request.filterExpression(),
                request.projectionExpression(),
                request.expressionAttributeNames(),
                request.expressionAttributeValues());
        return catalog.read(() -> {
            Table table = Tables.require(catalog, request.tableName());
            ItemSource source = Reads.source(table, request.indexName(), request.consistentRead());
            Map<String, Value> start = Reads.startKey(source, table, request.exclusiveStartKey());
            Value startHash =
                    start == null ? null : start.get(source.keySchema().hashName());
            List<Value> hashes = source.partitionKeys();
            hashes.sort(PARTITION_ORDER);
            Reads.Page page = new Reads.Page(
                    source,
                    Reads.reader(table, source, select, expressions),
                    request.limit(),
                    expressions.filter(),
                    expressions.projection(),
                    select);
            for (Value hash : hashes) {
                if (request.segment() != null && segment(hash, request.totalSegments()) != request.segment()) {
                    continue;
                }
                int order = start == null ? 1 : PARTITION_ORDER.compare(hash, startHash);
                if (order < 0) {
                    continue;
                }
                for (Map<String, Value> item : source.partition(hash, order == 0 ? start : null, true)) {
                    if (page.add(item)) {
                        return response(request, table, source, page);
                    }
                }
            }
            return response(request, table, source, page);
        });
    }

    private static ScanResponse response(ScanRequest request, Table table, ItemSource source, Reads.Page page) {
        Meter meter = new Meter(request.returnConsumedCapacity());
        meter.read(table, source, page.bytes(), request.consistentRead(), 1);
        return new ScanResponse(
                page.items(), page.count(), page.scannedCount(), page.lastEvaluatedKey(), meter.single());
    }

    private static void checkSegments(Integer segment, Integer totalSegments) {
        if (segment != null && segment < 0) {
            throw new ValidationException(String.format(SEGMENT_NEGATIVE, segment));
        }
        if (totalSegments != null && totalSegments < 1) {
            throw new ValidationException(String.format(TOTAL_SEGMENTS_TOO_SMALL, totalSegments));
        }
        if (totalSegments != null && totalSegments > MAX_TOTAL_SEGMENTS) {
            throw new ValidationException(String.format(TOTAL_SEGMENTS_TOO_LARGE, totalSegments));
        }
        if (segment != null && totalSegments == null) {
            throw new ValidationException(TOTAL_SEGMENTS_REQUIRED);
        }
        if (totalSegments != null && segment == null) {
            throw new ValidationException(SEGMENT_REQUIRED);
        }
        if (segment != null && segment >= totalSegments) {
            throw new ValidationException(String.format(SEGMENT_OUT_OF_RANGE, segment, totalSegments));
        }
    }

    /** The segment of {@code totalSegments} that holds the partition {@code hash}. */
    static int segment(Value hash, int totalSegments) {
        return (int) ((hash(hash) * totalSegments) >>> 32);
    }

    /**
     * The unsigned 32-bit FNV-1a hash of a partition key value's bytes: UTF-8 for S, the plain decimal form of the
     * normalised number for N, the bytes for B.
     */
    static long hash(Value value) {
        byte[] bytes;
        if (value instanceof Value.S s) {
            bytes = s.value().getBytes(StandardCharsets.UTF_8);
        } else if (value instanceof Value.N n) {
            BigDecimal number = n.value();
            bytes = number.toPlainString().getBytes(StandardCharsets.US_ASCII);
        } else {
            bytes = ((Value.B) value).value();
        }
        int h = 0x811c9dc5;
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return Integer.toUnsignedLong(h);
    }
}
