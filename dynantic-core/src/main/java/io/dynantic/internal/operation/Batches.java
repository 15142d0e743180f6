package io.dynantic.internal.operation;

import io.dynantic.DynanticException;
import io.dynantic.ItemValidationException;
import io.dynantic.ItemValidationException.Violation;
import io.dynantic.Key;
import io.dynantic.RequestTimeoutException;
import io.dynantic.ThroughputExceededException;
import io.dynantic.internal.operation.ItemWrites.PreparedWrite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Batch writes and gets of any mix of tables, on a {@link Runner}: checked before anything is sent,
 * duplicate keys resolved, cut into DynamoDB's chunks (25 writes, 100 keys), sent with a bounded
 * number in flight, and what DynamoDB leaves unprocessed (or a throttled or failed request) retried
 * with capped exponential backoff and full jitter. The outcome says exactly what was not done.
 */
public final class Batches {
    private static final Logger LOG = LoggerFactory.getLogger("io.dynantic.batch");
    static final int WRITES_PER_REQUEST = 25;
    static final int KEYS_PER_REQUEST = 100;

    private Batches() {}

    /**
     * How batches retry and fan out.
     *
     * @param inFlight the most requests of one batch in flight at once
     */
    public record Settings(Runner.Backoff backoff, int inFlight) {
        public Settings {
            if (inFlight < 1) {
                throw new IllegalArgumentException("batch concurrency must be at least 1, not " + inFlight);
            }
        }
    }

    // ---------------------------------------------------------------- writes

    /** One write of a batch, as the caller asked for it. */
    public sealed interface Write {
        /** Saves {@code item} as {@code save} would, but without conditions. */
        record Save(ItemCodec<?> codec, @Nullable Object item) implements Write {}

        /** Deletes the item with {@code key}. */
        record Delete(ItemCodec<?> codec, @Nullable Key key) implements Write {}

        /** Deletes the item with {@code item}'s key. */
        record DeleteItem(ItemCodec<?> codec, @Nullable Object item) implements Write {}
    }

    /**
     * A checked write, ready to send. Its request is built only when it is sent, so that a large
     * batch does not hold every request at once.
     *
     * @param item the attributes a save puts, null for a delete
     * @param original what the caller gave: the item of a save, the {@link Key} of a delete
     * @param stored the item as a save stores it (generated fields filled), null for a delete
     */
    public record Entry(
            ItemCodec<?> codec,
            Map<String, AttributeValue> key,
            @Nullable Map<String, AttributeValue> item,
            Object original,
            @Nullable Object stored) {
        TableKey tableKey() {
            return new TableKey(codec.tableName(), key);
        }

        boolean delete() {
            return item == null;
        }

        WriteRequest request() {
            return item == null
                    ? WriteRequest.builder()
                            .deleteRequest(DeleteRequest.builder().key(key).build())
                            .build()
                    : WriteRequest.builder()
                            .putRequest(PutRequest.builder().item(item).build())
                            .build();
        }
    }

    /**
     * Checks every write as its single-item twin would (Bean Validation, DynamoDB's limits, keys) and
     * fills generated fields.
     *
     * @throws ItemValidationException listing every problem of every write, each with its position
     */
    public static List<Entry> prepare(List<? extends Write> writes) {
        boolean one = writes.size() == 1;
        List<Entry> out = new ArrayList<>(writes.size());
        List<Violation> problems = new ArrayList<>();
        for (Prepared slice :
                Runner.slices(writes.size(), PREPARE_SLICE, (from, to) -> prepare(writes, from, to, one))) {
            out.addAll(slice.entries());
            problems.addAll(slice.problems());
        }
        if (!problems.isEmpty()) {
            throw new ItemValidationException(problems);
        }
        return out;
    }

    /** How many writes one thread checks at a time: large batches are checked on several cores. */
    private static final int PREPARE_SLICE = 1000;

    private record Prepared(List<Entry> entries, List<Violation> problems) {}

    private static Prepared prepare(List<? extends Write> writes, int from, int to, boolean one) {
        List<Entry> entries = new ArrayList<>(to - from);
        List<Violation> problems = new ArrayList<>(0);
        for (int i = from; i < to; i++) {
            try {
                entries.add(prepare(writes.get(i)));
            } catch (ItemValidationException e) {
                String at = one ? "" : "[" + i + "] ";
                for (Violation v : e.violations()) {
                    problems.add(new Violation(at + v.path(), v.message()));
                }
            }
        }
        return new Prepared(entries, problems);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Entry prepare(Write write) {
        if (write instanceof Write.Save save) {
            ItemCodec codec = save.codec();
            PreparedWrite<?> prepared = codec.writes().prepare(save.item(), WriteMode.SAVE);
            Map<String, AttributeValue> attributes = prepared.attributes();
            // prepare refuses a null item.
            Object item = Objects.requireNonNull(save.item());
            return new Entry(codec, codec.keyOf(attributes), attributes, item, prepared.item());
        }
        @Nullable Key key;
        ItemCodec codec;
        if (write instanceof Write.Delete delete) {
            codec = delete.codec();
            key = delete.key();
        } else {
            Write.DeleteItem delete = (Write.DeleteItem) write;
            codec = delete.codec();
            key = codec.identify(delete.item(), "deleted").key();
        }
        Map<String, AttributeValue> encoded = codec.key(key);
        // codec.key refuses a null key.
        return new Entry(codec, encoded, null, Objects.requireNonNull(key), null);
    }

    /**
     * Sends checked writes. Where several write one item, the last wins, as if all were sent in order.
     * The future gives what was not done; it does not fail for writes left undone.
     */
    public static CompletableFuture<WriteOutcome> write(Runner runner, Settings settings, List<Entry> entries) {
        Map<TableKey, Entry> last = new HashMap<>(entries.size() * 4 / 3 + 1);
        boolean duplicates = false;
        for (Entry e : entries) {
            duplicates |= last.put(e.tableKey(), e) != null;
        }
        List<Entry> unique = duplicates
                ? entries.stream().filter(e -> last.get(e.tableKey()) == e).toList()
                : entries;
        List<List<Entry>> chunks = chunks(unique);
        return Futures.map(
                runner.fanOut(
                        chunks,
                        settings.inFlight(),
                        chunk -> untilDone(
                                runner, settings, "Batch write", chunk, p -> sendWrites(runner, p), false, 1)),
                outcomes -> {
                    List<Entry> left = new ArrayList<>();
                    Throwable cause = null;
                    for (ChunkOutcome<Entry> o : outcomes) {
                        left.addAll(o.left());
                        cause = o.cause() != null ? o.cause() : cause;
                    }
                    return new WriteOutcome(entries.size(), left, cause);
                });
    }

    /**
     * What a batch write did not do.
     *
     * @param requested how many writes the batch had
     * @param left the writes not done, in the order given
     * @param cause the last request failure, or null when DynamoDB only left writes unprocessed
     */
    public record WriteOutcome(
            int requested, List<Entry> left, @Nullable Throwable cause) {
        public boolean complete() {
            return left.isEmpty();
        }
    }

    /**
     * The writes in requests of 25. DynamoDB's 16 MB request limit needs no check of its own: an item
     * is at most 400 KB (checked before), so 25 of them stay far below it.
     */
    private static List<List<Entry>> chunks(List<Entry> entries) {
        List<List<Entry>> out = new ArrayList<>(entries.size() / WRITES_PER_REQUEST + 1);
        for (int i = 0; i < entries.size(); i += WRITES_PER_REQUEST) {
            out.add(entries.subList(i, Math.min(entries.size(), i + WRITES_PER_REQUEST)));
        }
        return out;
    }

    /** What one chunk left undone after its last attempt, and why. */
    private record ChunkOutcome<E>(List<E> left, @Nullable Throwable cause) {}

    /** Sends one request of {@code pending} writes; gives those DynamoDB left unprocessed. */
    private static CompletableFuture<List<Entry>> sendWrites(Runner runner, List<Entry> pending) {
        Map<String, List<WriteRequest>> requests = new LinkedHashMap<>();
        for (Entry e : pending) {
            requests.computeIfAbsent(e.codec().tableName(), t -> new ArrayList<>(pending.size()))
                    .add(e.request());
        }
        return Futures.map(
                runner.run(new BatchWriteItems(requests, String.join(", ", requests.keySet()))), unprocessed -> {
                    if (unprocessed.isEmpty()) {
                        return List.of();
                    }
                    Map<TableKey, Entry> byKey = new HashMap<>();
                    pending.forEach(e -> byKey.put(e.tableKey(), e));
                    List<Entry> left = new ArrayList<>();
                    for (Map.Entry<String, List<WriteRequest>> table : unprocessed.entrySet()) {
                        for (WriteRequest w : table.getValue()) {
                            Map<String, AttributeValue> key = w.deleteRequest() != null
                                    ? w.deleteRequest().key()
                                    : codecOf(pending, table.getKey())
                                            .keyOf(w.putRequest().item());
                            Entry e = byKey.get(new TableKey(table.getKey(), key));
                            if (e == null) {
                                // Never drop work: when DynamoDB names a write that matches none
                                // sent, the whole request is sent again.
                                LOG.warn("Batch write: an unprocessed write matches none sent; sending all again");
                                return pending;
                            }
                            left.add(e);
                        }
                    }
                    left.sort(java.util.Comparator.comparingInt(pending::indexOf));
                    return left;
                });
    }

    private static ItemCodec<?> codecOf(List<Entry> entries, String table) {
        for (Entry e : entries) {
            if (e.codec().tableName().equals(table)) {
                return e.codec();
            }
        }
        throw new IllegalStateException("DynamoDB returned writes for table " + table + ", which was not written");
    }

    // ---------------------------------------------------------------- gets

    /**
     * The keys of one model to read.
     *
     * @param consistent whether to read them with strong consistency
     */
    public record Get(ItemCodec<?> codec, List<Key> keys, boolean consistent) {}

    /**
     * What a batch get found.
     *
     * @param items for each {@link Get}, its items in the order of its keys (duplicates once, missing
     *     and other subtypes' items left out)
     * @param unread for each {@link Get}, the keys that were not read
     * @param cause the last request failure, or null when DynamoDB only left keys unprocessed
     */
    public record GetOutcome(
            List<List<Object>> items,
            List<List<Key>> unread,
            @Nullable Throwable cause) {
        public boolean complete() {
            return unread.stream().allMatch(List::isEmpty);
        }
    }

    /** A key checked and encoded, with the key it came from. */
    private record KeyRef(TableKey tableKey, Key key) {}

    /** How many keys one thread encodes at a time: large batches are checked on several cores. */
    private static final int ENCODE_SLICE = 2000;

    private record Encoded(List<KeyRef> refs, List<Violation> problems) {}

    private static Encoded encode(Get get, int from, int to, String at) {
        List<KeyRef> refs = new ArrayList<>(to - from);
        List<Violation> problems = new ArrayList<>(0);
        for (int i = from; i < to; i++) {
            Key key = get.keys().get(i);
            try {
                refs.add(new KeyRef(
                        new TableKey(get.codec().tableName(), get.codec().key(key)), key));
            } catch (ItemValidationException e) {
                for (Violation v : e.violations()) {
                    problems.add(new Violation(at + "[" + i + "] " + v.path(), v.message()));
                }
            }
        }
        return new Encoded(refs, problems);
    }

    /**
     * Reads the keys of every get, each distinct key once.
     *
     * @throws ItemValidationException before anything is sent, listing every invalid key with its
     *     position
     */
    public static CompletableFuture<GetOutcome> get(Runner runner, Settings settings, List<Get> gets) {
        List<List<KeyRef>> refs = new ArrayList<>(gets.size());
        List<Violation> problems = new ArrayList<>();
        Map<String, Boolean> consistentTables = new HashMap<>();
        Set<TableKey> distinct = new LinkedHashSet<>();
        for (int g = 0; g < gets.size(); g++) {
            Get get = gets.get(g);
            String at = gets.size() == 1 ? "" : "[" + g + "]";
            List<KeyRef> mine = new ArrayList<>(get.keys().size());
            for (Encoded slice :
                    Runner.slices(get.keys().size(), ENCODE_SLICE, (from, to) -> encode(get, from, to, at))) {
                mine.addAll(slice.refs());
                problems.addAll(slice.problems());
            }
            for (KeyRef ref : mine) {
                distinct.add(ref.tableKey());
            }
            refs.add(mine);
            consistentTables.merge(get.codec().tableName(), get.consistent(), Boolean::logicalOr);
        }
        if (!problems.isEmpty()) {
            throw new ItemValidationException(problems);
        }
        List<List<TableKey>> chunks = new ArrayList<>();
        List<TableKey> all = new ArrayList<>(distinct);
        for (int i = 0; i < all.size(); i += KEYS_PER_REQUEST) {
            chunks.add(all.subList(i, Math.min(all.size(), i + KEYS_PER_REQUEST)));
        }
        Map<TableKey, Found> found = new java.util.concurrent.ConcurrentHashMap<>(distinct.size() * 4 / 3 + 1);
        Map<String, ItemCodec<?>> codecs = new HashMap<>();
        gets.forEach(g -> codecs.putIfAbsent(g.codec().tableName(), g.codec()));
        return Futures.map(
                runner.fanOut(
                        chunks,
                        settings.inFlight(),
                        chunk -> untilDone(
                                runner,
                                settings,
                                "Batch get",
                                chunk,
                                p -> sendGets(runner, p, consistentTables, codecs, found),
                                true,
                                1)),
                outcomes -> {
                    Set<TableKey> left = new java.util.HashSet<>();
                    Throwable cause = null;
                    for (ChunkOutcome<TableKey> o : outcomes) {
                        left.addAll(o.left());
                        cause = o.cause() != null ? o.cause() : cause;
                    }
                    return assemble(gets, refs, codecs, found, left, cause);
                });
    }

    /**
     * An item read, decoded as soon as its response arrives by the codec of the first get of its
     * table (null when that codec's model does not own it).
     */
    private record Found(
            Map<String, AttributeValue> item,
            @Nullable Object decoded,
            @Nullable RuntimeException failure) {}

    private static GetOutcome assemble(
            List<Get> gets,
            List<List<KeyRef>> refs,
            Map<String, ItemCodec<?>> codecs,
            Map<TableKey, Found> found,
            Set<TableKey> left,
            @Nullable Throwable cause) {
        List<List<Object>> items = new ArrayList<>(gets.size());
        List<List<Key>> unread = new ArrayList<>(gets.size());
        for (int g = 0; g < gets.size(); g++) {
            ItemCodec<?> codec = gets.get(g).codec();
            List<Object> mine = new ArrayList<>();
            List<Key> notRead = new ArrayList<>();
            Set<TableKey> seen = new java.util.HashSet<>();
            for (KeyRef ref : refs.get(g)) {
                if (!seen.add(ref.tableKey())) {
                    continue;
                }
                if (left.contains(ref.tableKey())) {
                    notRead.add(ref.key());
                    continue;
                }
                Found f = found.get(ref.tableKey());
                if (f == null) {
                    continue;
                }
                if (codecs.get(codec.tableName()) == codec) {
                    if (f.failure() != null) {
                        throw f.failure();
                    }
                    if (f.decoded() != null) {
                        mine.add(f.decoded());
                    }
                } else if (codec.model().owns(f.item())) {
                    mine.add(codec.read(f.item()));
                }
            }
            items.add(mine);
            unread.add(notRead);
        }
        return new GetOutcome(items, unread, cause);
    }

    /** Sends one request for the {@code pending} keys, keeping what it found; gives the keys left unread. */
    private static CompletableFuture<List<TableKey>> sendGets(
            Runner runner,
            List<TableKey> pending,
            Map<String, Boolean> consistentTables,
            Map<String, ItemCodec<?>> codecs,
            Map<TableKey, Found> found) {
        Map<String, List<Map<String, AttributeValue>>> keysByTable = new LinkedHashMap<>();
        for (TableKey k : pending) {
            keysByTable.computeIfAbsent(k.table(), t -> new ArrayList<>()).add(k.key());
        }
        Map<String, KeysAndAttributes> request = new LinkedHashMap<>();
        keysByTable.forEach((table, keys) -> request.put(
                table,
                KeysAndAttributes.builder()
                        .keys(keys)
                        // Only a strongly consistent read is asked for: the other is DynamoDB's default.
                        .consistentRead(Boolean.TRUE.equals(consistentTables.get(table)) ? Boolean.TRUE : null)
                        .build()));
        return Futures.map(runner.run(new BatchGetItems(request, String.join(", ", request.keySet()))), result -> {
            result.items().forEach((table, items) -> {
                // DynamoDB returns items only of the tables asked for, each of which has a codec.
                ItemCodec<?> codec = Objects.requireNonNull(codecs.get(table));
                for (Map<String, AttributeValue> item : items) {
                    Object decoded = null;
                    RuntimeException failure = null;
                    try {
                        decoded = codec.model().owns(item) ? codec.read(item) : null;
                    } catch (RuntimeException e) {
                        // Another model sharing the table may read it; a get of this model rethrows it.
                        failure = e;
                    }
                    found.put(new TableKey(table, codec.keyOf(item)), new Found(item, decoded, failure));
                }
            });
            List<TableKey> left = new ArrayList<>();
            result.unprocessed().forEach((table, keys) -> {
                for (Map<String, AttributeValue> key : keys.keys()) {
                    left.add(new TableKey(table, key));
                }
            });
            return left;
        });
    }

    // ---------------------------------------------------------------- shared

    /**
     * Sends a chunk until nothing of it is left, a request fails in a way that retrying cannot mend, or
     * the attempts run out, waiting between attempts as the backoff says.
     *
     * @param send sends what is pending and gives what the request left undone
     * @param partialIsProgress whether a request that did part of what was pending is no failed attempt, the rest
     *     going out at once: for reads, which DynamoDB cuts where a response would pass 16 MB (no wait mends that);
     *     not for writes, whose leftovers mean throttling, which waits are for
     */
    private static <E> CompletableFuture<ChunkOutcome<E>> untilDone(
            Runner runner,
            Settings settings,
            String what,
            List<E> pending,
            java.util.function.Function<List<E>, CompletableFuture<List<E>>> send,
            boolean partialIsProgress,
            int attempt) {
        CompletableFuture<List<E>> sent;
        try {
            sent = send.apply(pending);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return Futures.then(settle(sent), result -> {
            List<E> left;
            if (result.error() == null) {
                // A send that did not fail gives what it left undone.
                left = Objects.requireNonNull(result.value());
            } else if (retryable(result.error())) {
                left = pending;
            } else {
                return CompletableFuture.completedFuture(new ChunkOutcome<>(pending, result.error()));
            }
            if (left.isEmpty()) {
                return CompletableFuture.completedFuture(new ChunkOutcome<>(List.of(), null));
            }
            if (partialIsProgress && left.size() < pending.size()) {
                LOG.debug("{}: sending the {} left of {}", what, left.size(), pending.size());
                return untilDone(runner, settings, what, left, send, true, attempt);
            }
            if (attempt >= settings.backoff().attempts()) {
                return CompletableFuture.completedFuture(new ChunkOutcome<>(left, result.error()));
            }
            LOG.debug("{}: retrying {} of {} (attempt {})", what, left.size(), pending.size(), attempt + 1);
            return runner.after(
                    settings.backoff().delay(attempt),
                    () -> untilDone(runner, settings, what, left, send, partialIsProgress, attempt + 1));
        });
    }

    /** A request's value or error, as a value: the chunk decides what an error means. */
    private record Settled<V>(@Nullable V value, @Nullable Throwable error) {}

    private static <V> CompletableFuture<Settled<V>> settle(CompletableFuture<V> call) {
        return call.handle((value, error) -> new Settled<>(value, error == null ? null : Futures.unwrap(error)));
    }

    /** Whether a failed request may succeed when sent again: throttling, timeouts, server errors. */
    public static boolean retryable(Throwable error) {
        if (error instanceof ThroughputExceededException || error instanceof RequestTimeoutException) {
            return true;
        }
        Throwable cause = error instanceof DynanticException ? error.getCause() : error;
        return cause instanceof SdkServiceException service
                && (service.statusCode() >= 500 || service.isThrottlingException());
    }
}
