package io.dynantic;

import io.dynantic.ItemValidationException.Violation;
import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeConverterFactory;
import io.dynantic.convert.InstantFormat;
import io.dynantic.internal.convert.DynamicConverter;
import io.dynantic.internal.operation.BatchBuffer;
import io.dynantic.internal.operation.Batches;
import io.dynantic.internal.operation.Futures;
import io.dynantic.internal.operation.ItemCodec;
import io.dynantic.internal.operation.Runner;
import io.dynantic.internal.operation.TransactGetItems;
import io.dynantic.internal.operation.TransactWriteItems;
import io.dynantic.internal.operation.WriteDescription;
import io.dynantic.internal.schema.ModelInspector;
import io.dynantic.internal.schema.TableModel;
import io.dynantic.internal.validation.BeanValidation;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The entry point: a DynamoDB client plus the library's configuration, handing out {@link Table}s.
 * Immutable and thread-safe; create one per application and share it.
 *
 * <pre>{@code
 * Dynantic dyn = Dynantic.create(DynamoDbClient.create());
 * Table<User> users = dyn.table(User.class);
 *
 * Dynantic dev = Dynantic.builder()
 *     .client(client)
 *     .tableNamePrefix("dev_")
 *     .converter(Money.class, new MoneyConverter())
 *     .build();
 * }</pre>
 */
public final class Dynantic {
    private static volatile @Nullable Dynantic defaultInstance;
    /** This thread's innermost open scope. */
    private static final ThreadLocal<@Nullable Scope> SCOPED = new ThreadLocal<>();

    private final @Nullable DynamoDbClient client;
    private final @Nullable DynamoDbAsyncClient asyncClient;
    private final TableNameResolver tableNames;
    private final ModelInspector inspector;
    private final DynamicConverter dynamic;
    private final @Nullable BeanValidation validation;
    private final Clock clock;
    private final Batches.Settings batching;
    private final Map<Class<?>, ItemCodec<?>> codecs = new ConcurrentHashMap<>();
    private final Map<Class<?>, Table<?>> tables = new ConcurrentHashMap<>();
    private final Map<Class<?>, AsyncTable<?>> asyncTables = new ConcurrentHashMap<>();

    /** Maps a model's {@code @DynamoTable} name to the name of the table in DynamoDB. */
    @FunctionalInterface
    public interface TableNameResolver {
        /**
         * @param model the model class
         * @param tableName the name in its {@code @DynamoTable}
         * @return the name in DynamoDB
         */
        String resolve(Class<?> model, String tableName);
    }

    private Dynantic(Builder b) {
        if (b.client == null && b.asyncClient == null) {
            throw new IllegalStateException(
                    "no client: set one with Dynantic.builder().client(...) or .asyncClient(...)");
        }
        this.client = b.client;
        this.asyncClient = b.asyncClient;
        this.tableNames = b.resolver != null ? b.resolver : prefixing(b.prefix);
        this.inspector = new ModelInspector(b.converters, b.factories, b.instantFormat);
        this.dynamic = new DynamicConverter(inspector.registry());
        this.validation = b.validationEnabled ? BeanValidation.detect(b.validator) : null;
        this.clock = b.clock;
        this.batching = new Batches.Settings(
                new Runner.Backoff(b.batchAttempts, b.batchBaseDelay, b.batchMaxDelay), b.batchConcurrency);
    }

    private static TableNameResolver prefixing(String prefix) {
        return (model, name) -> prefix + name;
    }

    /** A {@code Dynantic} with the default configuration on {@code client}. */
    public static Dynantic create(DynamoDbClient client) {
        return builder().client(client).build();
    }

    /** A builder for a configured {@code Dynantic}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The sync DynamoDB client requests go to.
     *
     * @throws IllegalStateException when this {@code Dynantic} was built with only an async client
     */
    public DynamoDbClient client() {
        if (client == null) {
            throw new IllegalStateException(
                    "this Dynantic has no sync client: set one with Dynantic.builder().client(...)");
        }
        return client;
    }

    /**
     * The async DynamoDB client requests of {@link AsyncTable}s go to.
     *
     * @throws IllegalStateException when this {@code Dynantic} was built without one
     */
    public DynamoDbAsyncClient asyncClient() {
        if (asyncClient == null) {
            throw new IllegalStateException(
                    "this Dynantic has no async client: set one with Dynantic.builder().asyncClient(...)");
        }
        return asyncClient;
    }

    /**
     * The table of a model class, checking the model on first use. Cached: every call for the same
     * class returns the same instance.
     *
     * @throws ModelDefinitionException when the class is not a valid model; the message names the
     *     field and the fix
     * @throws IllegalStateException when this {@code Dynantic} has no sync client
     */
    @SuppressWarnings("unchecked")
    public <T> Table<T> table(Class<T> modelType) {
        Objects.requireNonNull(modelType, "modelType");
        Table<?> table = tables.get(modelType);
        if (table == null) {
            DynamoDbClient sync = client();
            table = tables.computeIfAbsent(modelType, type -> new Table<>(sync, codec(type), batching));
        }
        return (Table<T>) table;
    }

    /**
     * The async twin of {@link #table(Class)}: the same operations, returning futures. Cached and
     * thread-safe.
     *
     * <pre>{@code
     * AsyncTable<User> users = dyn.asyncTable(User.class);
     * users.get("u1", "a@b.c").thenAccept(user -> ...);
     * }</pre>
     *
     * @throws ModelDefinitionException when the class is not a valid model
     * @throws IllegalStateException when this {@code Dynantic} has no async client
     */
    @SuppressWarnings("unchecked")
    public <T> AsyncTable<T> asyncTable(Class<T> modelType) {
        Objects.requireNonNull(modelType, "modelType");
        AsyncTable<?> table = asyncTables.get(modelType);
        if (table == null) {
            DynamoDbAsyncClient async = asyncClient();
            table = asyncTables.computeIfAbsent(modelType, type -> new AsyncTable<>(async, codec(type), batching));
        }
        return (AsyncTable<T>) table;
    }

    // ---------------------------------------------------------------- batches

    /**
     * Reads the keys of several models, from one or several tables, in as few BatchGetItem requests
     * as possible (100 keys each, several at once, unprocessed keys retried with backoff).
     *
     * <pre>{@code
     * BatchGetResult r = dyn.batchGet(
     *     BatchGet.of(User.class, List.of(Key.of("u1", "a"))),
     *     BatchGet.of(Order.class, List.of(Key.of("o1"))));
     * List<Order> orders = r.items(Order.class);
     * }</pre>
     *
     * @throws ItemValidationException when a key is invalid, listing each with its position; nothing is
     *     sent
     * @throws BatchGetException when retries ran out; it lists the keys not read and holds the items found
     */
    public BatchGetResult batchGet(BatchGet<?>... gets) {
        return batchGet(Arrays.asList(gets));
    }

    /** As {@link #batchGet(BatchGet...)}. */
    public BatchGetResult batchGet(List<BatchGet<?>> gets) {
        Runner runner = Runner.of(client());
        return BatchResults.result(gets, Futures.join(Batches.get(runner, batching, batchGets(gets))), batching);
    }

    /** The async twin of {@link #batchGet(BatchGet...)}, on the async client. */
    public CompletableFuture<BatchGetResult> asyncBatchGet(BatchGet<?>... gets) {
        return Futures.attempt(() -> asyncBatchGet(Arrays.asList(gets)));
    }

    /** As {@link #asyncBatchGet(BatchGet...)}. */
    public CompletableFuture<BatchGetResult> asyncBatchGet(List<BatchGet<?>> gets) {
        return Futures.attempt(() -> Futures.map(
                Batches.get(Runner.of(asyncClient()), batching, batchGets(gets)),
                outcome -> BatchResults.result(gets, outcome, batching)));
    }

    private List<Batches.Get> batchGets(List<BatchGet<?>> gets) {
        requireElements(gets, "BatchGet", "the get is null");
        List<Batches.Get> out = new ArrayList<>(gets.size());
        for (BatchGet<?> get : gets) {
            out.add(new Batches.Get(codec(get.model()), get.keys(), get.consistent()));
        }
        return out;
    }

    /**
     * A writer for saves and deletes of any models and tables, sent 25 at a time; see {@link
     * BatchWriter}.
     */
    public BatchWriter batchWriter() {
        return new BatchWriter(this::codecOf, new BatchBuffer(Runner.of(client()), batching));
    }

    /** The async twin of {@link #batchWriter()}; see {@link AsyncBatchWriter}. */
    public AsyncBatchWriter asyncBatchWriter() {
        return new AsyncBatchWriter(this::codecOf, new BatchBuffer(Runner.of(asyncClient()), batching));
    }

    // ---------------------------------------------------------------- transactions

    /**
     * Saves the items, of any models and tables, in one transaction (TransactWriteItems): all or
     * none. Each is saved as {@link Table#save(Object)} saves it, its {@code @Version} checked.
     *
     * @return the items as stored, in the order given
     * @throws ItemValidationException when an item is invalid, or there are more than 100; nothing is
     *     sent
     * @throws TransactionCanceledException when DynamoDB cancelled it (a version check failed, say);
     *     nothing was written
     */
    public List<Object> transactSave(Object... items) {
        return transactWrite(saves(items)).stored();
    }

    /**
     * Applies the actions, across any tables, in one transaction (TransactWriteItems): all or none.
     *
     * <pre>{@code
     * dyn.transactWrite(List.of(
     *     TransactUpdate.of(Account.class, Key.of("a1"), u -> u.decrement(Account_.balance, total)
     *         .condition(Account_.balance.ge(total))),
     *     TransactPut.of(order, Order_.orderId.notExists())));
     * }</pre>
     *
     * @return the items the puts stored
     * @throws ItemValidationException before anything is sent: no actions or more than 100, two on one
     *     item, more than 4 MB, or an invalid action; every problem listed with its position
     * @throws TransactionCanceledException when DynamoDB cancelled it; its reasons line up with the
     *     actions (a conflict with another transaction shows as the reason {@code TransactionConflict})
     * @throws TransactionConflictException when a transaction with the same idempotency token is still
     *     in progress
     */
    public TransactWriteResult transactWrite(List<? extends TransactAction> actions) {
        return transactWrite(actions, null);
    }

    /**
     * As {@link #transactWrite(List)}, idempotent for ten minutes under {@code idempotencyToken} (1 to
     * 36 characters): sending the same actions again with the token applies them once. An action is
     * described once (its generated keys and timestamps fixed), so sending the same action objects again
     * sends the same request.
     *
     * @throws IdempotencyMismatchException when the token was used for other actions
     */
    public TransactWriteResult transactWrite(
            List<? extends TransactAction> actions, @Nullable String idempotencyToken) {
        return new TransactWriteResult(
                transactWriteItems(actions, idempotencyToken).execute(client()));
    }

    /** The async twin of {@link #transactSave(Object...)}. */
    public CompletableFuture<List<Object>> asyncTransactSave(Object... items) {
        return Futures.attempt(() -> Futures.map(asyncTransactWrite(saves(items)), TransactWriteResult::stored));
    }

    /** The async twin of {@link #transactWrite(List)}. */
    public CompletableFuture<TransactWriteResult> asyncTransactWrite(List<? extends TransactAction> actions) {
        return asyncTransactWrite(actions, null);
    }

    /** The async twin of {@link #transactWrite(List, String)}. */
    public CompletableFuture<TransactWriteResult> asyncTransactWrite(
            List<? extends TransactAction> actions, @Nullable String idempotencyToken) {
        return Futures.attempt(() -> Futures.map(
                transactWriteItems(actions, idempotencyToken).executeAsync(asyncClient()), TransactWriteResult::new));
    }

    private static List<TransactAction> saves(Object... items) {
        List<TransactAction> out = new ArrayList<>(items.length);
        for (Object item : items) {
            out.add(TransactPut.of(item));
        }
        return out;
    }

    private TransactWriteItems transactWriteItems(List<? extends TransactAction> actions, @Nullable String token) {
        List<Supplier<WriteDescription>> described = new ArrayList<>(actions.size());
        for (TransactAction action : actions) {
            described.add(() -> action == null ? null : action.description(this::codecOf));
        }
        return new TransactWriteItems(described, token);
    }

    /**
     * Reads up to 100 items, of any models and tables, as of one moment (TransactGetItems).
     *
     * <pre>{@code
     * TransactGetResult r = dyn.transactGet(List.of(
     *     TransactGet.of(User.class, Key.of("u1", "a")),
     *     TransactGet.of(Order.class, Key.of("o1"))));
     * Optional<User> u = r.get(0, User.class);
     * }</pre>
     *
     * @throws ItemValidationException when a key is invalid, or there are none or more than 100
     */
    public TransactGetResult transactGet(List<TransactGet<?>> gets) {
        TransactGetItems items = transactGetItems(gets);
        return new TransactGetResult(models(gets), items.execute(client()));
    }

    /** As {@link #transactGet(List)}. */
    public TransactGetResult transactGet(TransactGet<?>... gets) {
        return transactGet(Arrays.asList(gets));
    }

    /** The async twin of {@link #transactGet(List)}. */
    public CompletableFuture<TransactGetResult> asyncTransactGet(List<TransactGet<?>> gets) {
        return Futures.attempt(() -> Futures.map(
                transactGetItems(gets).executeAsync(asyncClient()),
                items -> new TransactGetResult(models(gets), items)));
    }

    /** As {@link #asyncTransactGet(List)}. */
    public CompletableFuture<TransactGetResult> asyncTransactGet(TransactGet<?>... gets) {
        return Futures.attempt(() -> asyncTransactGet(Arrays.asList(gets)));
    }

    private TransactGetItems transactGetItems(List<TransactGet<?>> gets) {
        requireElements(gets, "Transaction", "the get is null");
        List<TransactGetItems.Get> out = new ArrayList<>(gets.size());
        for (TransactGet<?> get : gets) {
            out.add(new TransactGetItems.Get(codec(get.model()), get.key()));
        }
        return new TransactGetItems(out);
    }

    /** Refuses null elements, naming each by its position, as a transaction names a null action. */
    private static void requireElements(List<?> elements, String what, String problem) {
        List<Violation> nulls = new ArrayList<>(0);
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == null) {
                nulls.add(new Violation("[" + i + "] " + what, problem));
            }
        }
        if (!nulls.isEmpty()) {
            throw new ItemValidationException(nulls);
        }
    }

    private static List<Class<?>> models(List<TransactGet<?>> gets) {
        List<Class<?>> out = new ArrayList<>(gets.size());
        gets.forEach(g -> out.add(g.model()));
        return out;
    }

    private ItemCodec<?> codecOf(Class<?> type) {
        return codec(type);
    }

    @SuppressWarnings("unchecked")
    private <T> ItemCodec<T> codec(Class<T> type) {
        ItemCodec<?> codec = codecs.get(type);
        if (codec == null) {
            codec = codecs.computeIfAbsent(type, this::newCodec);
        }
        return (ItemCodec<T>) codec;
    }

    // ---------------------------------------------------------------- scoping

    /** Makes {@code dyn} the process-wide default for {@link #current()}; null clears it. */
    public static void setDefault(@Nullable Dynantic dyn) {
        defaultInstance = dyn;
    }

    /**
     * Binds {@code dyn} to this thread until the scope is closed, which restores what was bound before
     * (scopes nest, and may close in any order). Other threads are not affected.
     *
     * <pre>{@code
     * try (Dynantic.Scope scope = Dynantic.using(tenantDyn)) {
     *     Dynantic.current().table(User.class).get("u1", "a@b.c");
     * }
     * }</pre>
     */
    public static Scope using(Dynantic dyn) {
        Scope scope = new Scope(Objects.requireNonNull(dyn, "dyn"), SCOPED.get());
        SCOPED.set(scope);
        return scope;
    }

    /**
     * The {@code Dynantic} bound to this thread by {@link #using}, else the {@linkplain #setDefault
     * default}.
     *
     * @throws IllegalStateException when neither is set
     */
    public static Dynantic current() {
        Scope scoped = SCOPED.get();
        if (scoped != null) {
            return scoped.dyn;
        }
        Dynantic fallback = defaultInstance;
        if (fallback == null) {
            throw new IllegalStateException("no Dynantic is bound: call Dynantic.setDefault(dyn), or run the code"
                    + " inside try (Dynantic.Scope s = Dynantic.using(dyn)) { ... }");
        }
        return fallback;
    }

    /**
     * A binding of a {@code Dynantic} to one thread, from {@link #using}; {@link #close()} ends it. Close it on the
     * thread that opened it. Closed in any order, scopes leave bound the innermost one still open (or the default
     * when none is).
     */
    public static final class Scope implements AutoCloseable {
        private final Dynantic dyn;
        /** The scope that was innermost when this one opened. */
        private final @Nullable Scope outer;

        private final Thread owner = Thread.currentThread();
        private boolean closed;

        private Scope(Dynantic dyn, @Nullable Scope outer) {
            this.dyn = dyn;
            this.outer = outer;
        }

        /**
         * Ends the binding; closing again does nothing.
         *
         * @throws IllegalStateException on another thread than the one that opened the scope
         */
        @Override
        public void close() {
            if (Thread.currentThread() != owner) {
                throw new IllegalStateException("a Dynantic scope must be closed on the thread that opened it");
            }
            if (closed) {
                return;
            }
            closed = true;
            if (SCOPED.get() != this) {
                return; // a scope opened inside this one is still open; closing it skips this one
            }
            Scope open = outer;
            while (open != null && open.closed) {
                open = open.outer;
            }
            if (open == null) {
                SCOPED.remove();
            } else {
                SCOPED.set(open);
            }
        }
    }

    private <T> ItemCodec<T> newCodec(Class<T> type) {
        TableModel<T> model = inspector.table(type);
        String name = tableNames.resolve(type, model.tableName());
        if (name == null || name.isEmpty()) {
            throw new ModelDefinitionException(type.getSimpleName()
                    + ": the table name resolver returned no name for \"" + model.tableName() + "\"");
        }
        return new ItemCodec<>(model, name, dynamic, validation, clock);
    }

    /** Configures a {@link Dynantic}. Not thread-safe; {@link #build()} gives an immutable result. */
    public static final class Builder {
        private @Nullable DynamoDbClient client;
        private @Nullable DynamoDbAsyncClient asyncClient;
        private String prefix = "";
        private @Nullable TableNameResolver resolver;
        private final Map<Class<?>, AttributeConverter<?>> converters = new LinkedHashMap<>();
        private final List<AttributeConverterFactory> factories = new ArrayList<>();
        private @Nullable Object validator;
        private boolean validationEnabled = true;
        private Clock clock = Clock.systemUTC();
        private InstantFormat instantFormat = InstantFormat.ISO_FIXED;
        private int batchAttempts = 10;
        private Duration batchBaseDelay = Duration.ofMillis(25);
        private Duration batchMaxDelay = Duration.ofSeconds(2);
        private int batchConcurrency = 50;

        private Builder() {}

        /** The sync client, for {@link Dynantic#table(Class)}; this or an async client is required. */
        public Builder client(DynamoDbClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /** The async client, for {@link Dynantic#asyncTable(Class)}. */
        public Builder asyncClient(DynamoDbAsyncClient asyncClient) {
            this.asyncClient = Objects.requireNonNull(asyncClient, "asyncClient");
            return this;
        }

        /** Puts {@code prefix} before every table name ({@code "dev_"} makes {@code users} into {@code dev_users}). */
        public Builder tableNamePrefix(String prefix) {
            this.prefix = Objects.requireNonNull(prefix, "prefix");
            this.resolver = null;
            return this;
        }

        /** Names tables through {@code resolver} instead of a prefix. */
        public Builder tableNameResolver(TableNameResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * Converts every field of exactly {@code type} (and of its primitive, for a wrapper such as {@code Long}) with
         * {@code converter}; {@code @Convert} still wins.
         */
        public <V> Builder converter(Class<V> type, AttributeConverter<V> converter) {
            converters.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(converter, "converter"));
            return this;
        }

        /** Asks {@code factory} for converters before the built-in ones, after factories added earlier. */
        public Builder converterFactory(AttributeConverterFactory factory) {
            factories.add(Objects.requireNonNull(factory, "factory"));
            return this;
        }

        /**
         * Validates items with this {@code jakarta.validation.Validator} instead of the default
         * provider's. (Typed as {@code Object} so that the library runs without the Jakarta API.)
         */
        public Builder validator(Object validator) {
            if (!implementsValidator(validator.getClass())) {
                throw new IllegalArgumentException("not a jakarta.validation.Validator: "
                        + validator.getClass().getName());
            }
            this.validator = validator;
            this.validationEnabled = true;
            return this;
        }

        private static boolean implementsValidator(Class<?> type) {
            if (type == null) {
                return false;
            }
            if (type.getName().equals("jakarta.validation.Validator")) {
                return true;
            }
            for (Class<?> i : type.getInterfaces()) {
                if (implementsValidator(i)) {
                    return true;
                }
            }
            return implementsValidator(type.getSuperclass());
        }

        /** Turns Jakarta Bean Validation off (DynamoDB's own limits are still checked). */
        public Builder withoutBeanValidation() {
            this.validationEnabled = false;
            this.validator = null;
            return this;
        }

        /**
         * How {@code Instant} fields are stored unless a field says otherwise with {@code @Format}:
         * {@link InstantFormat#ISO_FIXED} by default. To share a table with another library, pick the
         * form it writes, such as {@link InstantFormat#ISO} for the AWS Enhanced Client.
         */
        public Builder instantFormat(InstantFormat format) {
            this.instantFormat = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * How many times a batch sends a chunk that is then not done at all (DynamoDB left all of it unprocessed,
         * or the request was throttled or failed), counting the first try: 10 by default. A get request that read
         * part of its keys uses up no attempt (DynamoDB cuts responses at 16 MB); the rest is sent at once. When
         * they run out, {@link BatchWriteException} and {@link BatchGetException} list what was not done.
         */
        public Builder batchAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("batchAttempts must be at least 1, not " + attempts);
            }
            this.batchAttempts = attempts;
            return this;
        }

        /**
         * The waits between a batch's attempts: a random time up to {@code base * 2^(n-1)} before retry
         * n, never above {@code max} (exponential backoff with full jitter). 25 ms and 2 s by default.
         */
        public Builder batchBackoff(Duration base, Duration max) {
            if (base.isNegative() || max.isNegative() || max.compareTo(base) < 0) {
                throw new IllegalArgumentException("batchBackoff needs 0 <= base <= max, not " + base + " and " + max);
            }
            this.batchBaseDelay = base;
            this.batchMaxDelay = max;
            return this;
        }

        /**
         * How many requests of one batch may be in flight at once: 50 by default, the AWS SDK's default
         * connection pool. Sync batches run their requests on a shared pool of daemon threads.
         */
        public Builder batchConcurrency(int requests) {
            if (requests < 1) {
                throw new IllegalArgumentException("batchConcurrency must be at least 1, not " + requests);
            }
            this.batchConcurrency = requests;
            return this;
        }

        /** The clock for {@code @CreatedAt} and {@code @UpdatedAt}; UTC system time by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Dynantic build() {
            return new Dynantic(this);
        }
    }
}
