package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.AsyncTable;
import io.dynantic.BatchGet;
import io.dynantic.Dynantic;
import io.dynantic.ItemValidationException;
import io.dynantic.Key;
import io.dynantic.TransactGet;
import io.dynantic.TransactPut;
import io.dynantic.it.model.User;
import io.dynantic.it.model.User_;
import io.dynantic.testing.DynamoTest;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The async methods that return a future never throw: whatever is wrong with what they are given (null included)
 * fails the future with the exception the sync twin throws. The behaviour suite's async mode cannot tell a throw
 * from a failed future, so this checks the calls themselves.
 */
@DynamoTest(models = User.class)
class AsyncFailureTest {
    private Dynantic dyn;
    private AsyncTable<User> users;

    @BeforeEach
    void setUp(Dynantic dyn) {
        this.dyn = dyn;
        this.users = dyn.asyncTable(User.class);
    }

    private static final User NAMELESS = User.of("u1", "a@b.c", " ");
    private static final User KEYLESS = User.of(null, "a@b.c", "Ada");

    /** The call returns a future, which fails with {@code expected}. */
    private static void failsWith(Class<? extends Throwable> expected, Supplier<CompletableFuture<?>> call) {
        CompletableFuture<?> future;
        try {
            future = call.get();
        } catch (RuntimeException e) {
            throw new AssertionError("threw instead of failing its future", e);
        }
        assertThat(future).failsWithin(java.time.Duration.ofSeconds(30));
        Throwable cause = future.handle((v, e) -> e instanceof CompletionException ? e.getCause() : e)
                .join();
        assertThat(cause).isInstanceOf(expected);
    }

    @Test
    void tableMethodsFailTheirFutures() {
        failsWith(ItemValidationException.class, () -> users.save(NAMELESS));
        failsWith(ItemValidationException.class, () -> users.save(null));
        failsWith(NullPointerException.class, () -> users.save(NAMELESS, null));
        failsWith(ItemValidationException.class, () -> users.create(KEYLESS));
        failsWith(ItemValidationException.class, () -> users.get("u1"));
        failsWith(ItemValidationException.class, () -> users.get(null, "a@b.c"));
        failsWith(ItemValidationException.class, () -> users.get((Key) null));
        failsWith(ItemValidationException.class, () -> users.getConsistent(Key.of(1, "a")));
        failsWith(ItemValidationException.class, () -> users.exists(null));
        failsWith(ItemValidationException.class, () -> users.delete(null, "a@b.c"));
        failsWith(ItemValidationException.class, () -> users.delete((Key) null));
        failsWith(NullPointerException.class, () -> users.delete(Key.of("u1", "a@b.c"), null));
        failsWith(ItemValidationException.class, () -> users.delete(KEYLESS));
        failsWith(NullPointerException.class, () -> users.delete(NAMELESS, null));
        failsWith(ItemValidationException.class, () -> users.delete(KEYLESS, User_.name.exists()));
        failsWith(ItemValidationException.class, () -> users.batchGet(Arrays.asList(Key.of("u1", "a"), null)));
        failsWith(NullPointerException.class, () -> users.batchGet(null));
        failsWith(NullPointerException.class, () -> users.batchGet(null, true));
        failsWith(ItemValidationException.class, () -> users.batchSave(List.of(NAMELESS)));
        failsWith(NullPointerException.class, () -> users.batchSave(null));
        failsWith(ItemValidationException.class, () -> users.batchDelete(Arrays.asList(Key.of("u1", "a"), null)));
        failsWith(NullPointerException.class, () -> users.batchDelete(null));
    }

    @Test
    void theFuturesOfReadsAndUpdatesFailToo() throws Exception {
        String lone = "\uD800";
        failsWith(
                ItemValidationException.class,
                () -> users.query("u1").filter(User_.name.eq(lone)).list());
        failsWith(
                ItemValidationException.class,
                () -> users.query("u1").filter(User_.name.eq(lone)).first());
        failsWith(
                ItemValidationException.class,
                () -> users.query("u1").filter(User_.name.eq(lone)).one());
        failsWith(
                ItemValidationException.class,
                () -> users.scan().filter(User_.name.eq(lone)).count());
        failsWith(
                ItemValidationException.class,
                () -> users.scan().filter(User_.name.eq(lone)).values(User_.name));
        failsWith(
                ItemValidationException.class,
                () -> users.scan().filter(User_.name.eq(lone)).page(10, null));
        failsWith(IllegalArgumentException.class, () -> users.scan().page(0, null));
        failsWith(
                ItemValidationException.class,
                () -> users.update("u1", "a@b.c").set(User_.name, lone).execute());
        failsWith(
                ItemValidationException.class,
                () -> users.update("u1", "a@b.c").set(User_.name, lone).executeForAttributes());

        // A publisher tells its subscriber.
        CompletableFuture<Throwable> error = new CompletableFuture<>();
        users.scan().filter(User_.name.eq(lone)).publisher().subscribe(new Flow.Subscriber<User>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(1);
            }

            @Override
            public void onNext(User item) {
                error.completeExceptionally(new AssertionError("an item: " + item));
            }

            @Override
            public void onError(Throwable e) {
                error.complete(e);
            }

            @Override
            public void onComplete() {
                error.completeExceptionally(new AssertionError("completed"));
            }
        });
        assertThat(error.get(30, TimeUnit.SECONDS)).isInstanceOf(ItemValidationException.class);
    }

    @Test
    void clientMethodsFailTheirFutures() {
        failsWith(ItemValidationException.class, () -> dyn.asyncBatchGet(BatchGet.of(User.class, List.of(Key.of(1)))));
        failsWith(ItemValidationException.class, () -> dyn.asyncBatchGet((BatchGet<?>) null));
        failsWith(NullPointerException.class, () -> dyn.asyncBatchGet((BatchGet<?>[]) null));
        failsWith(NullPointerException.class, () -> dyn.asyncBatchGet((List<BatchGet<?>>) null));
        failsWith(ItemValidationException.class, () -> dyn.asyncTransactSave(NAMELESS, null));
        failsWith(NullPointerException.class, () -> dyn.asyncTransactSave((Object[]) null));
        failsWith(ItemValidationException.class, () -> dyn.asyncTransactWrite(List.of(TransactPut.of(NAMELESS))));
        failsWith(NullPointerException.class, () -> dyn.asyncTransactWrite(null));
        failsWith(ItemValidationException.class, () -> dyn.asyncTransactWrite(List.of(TransactPut.of(NAMELESS)), "t"));
        failsWith(ItemValidationException.class, () -> dyn.asyncTransactGet((TransactGet<?>) null));
        failsWith(NullPointerException.class, () -> dyn.asyncTransactGet((TransactGet<?>[]) null));
        failsWith(NullPointerException.class, () -> dyn.asyncTransactGet((List<TransactGet<?>>) null));
        failsWith(
                ItemValidationException.class,
                () -> dyn.asyncTransactGet(TransactGet.of(User.class, Key.of("u1", "a")), null));
    }
}
