package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.ConditionFailedException;
import io.dynantic.Dynantic;
import io.dynantic.OptimisticLockException;
import io.dynantic.Table;
import io.dynantic.it.model.Note;
import io.dynantic.it.model.Note_;
import io.dynantic.testing.DynamoTest;
import io.dynantic.testing.LocalDynamoDb;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Client scoping (default, per-thread scopes) and the active-record methods that rely on it. */
@DynamoTest(models = Note.class)
@SuppressWarnings("try") // the scopes act implicitly inside their blocks
class ScopingTest {

    @AfterEach
    void clearDefault() {
        Dynantic.setDefault(null);
    }

    private static Dynantic another(LocalDynamoDb db) {
        return Dynantic.builder().client(db.client()).tableNamePrefix("other_").build();
    }

    @Test
    void withNothingBoundCurrentSaysWhatToDo() {
        assertThatThrownBy(Dynantic::current)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no Dynantic is bound: call Dynantic.setDefault(dyn), or run the code inside"
                        + " try (Dynantic.Scope s = Dynantic.using(dyn)) { ... }");
    }

    @Test
    void scopesNestAndRestoreTheDefault(Dynantic dyn, LocalDynamoDb db) {
        Dynantic other = another(db);
        Dynantic.setDefault(dyn);
        assertThat(Dynantic.current()).isSameAs(dyn);
        try (Dynantic.Scope outer = Dynantic.using(other)) {
            assertThat(Dynantic.current()).isSameAs(other);
            try (Dynantic.Scope inner = Dynantic.using(dyn)) {
                assertThat(Dynantic.current()).isSameAs(dyn);
            }
            assertThat(Dynantic.current()).isSameAs(other);
            outer.close();
            outer.close(); // a second close does nothing
            assertThat(Dynantic.current()).isSameAs(dyn);
        }
        assertThat(Dynantic.current()).isSameAs(dyn);
    }

    @Test
    @SuppressWarnings("try")
    void scopesClosedOutOfOrderLeaveTheInnermostOpenOneBound(Dynantic dyn, LocalDynamoDb db) {
        Dynantic first = another(db);
        Dynantic second = another(db);
        Dynantic.setDefault(dyn);
        Dynantic.Scope a = Dynantic.using(first);
        Dynantic.Scope b = Dynantic.using(second);
        a.close();
        assertThat(Dynantic.current()).isSameAs(second);
        b.close();
        assertThat(Dynantic.current()).isSameAs(dyn);

        Dynantic.Scope c = Dynantic.using(first);
        Dynantic.Scope d = Dynantic.using(second);
        Dynantic.Scope e = Dynantic.using(dyn);
        d.close();
        assertThat(Dynantic.current()).isSameAs(dyn);
        e.close();
        assertThat(Dynantic.current()).isSameAs(first);
        c.close();
        Dynantic.setDefault(null);
        assertThatThrownBy(Dynantic::current).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void scopesArePerThread(Dynantic dyn, LocalDynamoDb db) throws Exception {
        Dynantic.setDefault(dyn);
        int threads = 8;
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    Dynantic mine = another(db);
                    boolean ok = true;
                    try (Dynantic.Scope scope = Dynantic.using(mine)) {
                        for (int i = 0; i < 100; i++) {
                            together.await(10, TimeUnit.SECONDS);
                            ok &= Dynantic.current() == mine;
                        }
                    }
                    return ok && Dynantic.current() == dyn;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(1, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Dynantic.current()).isSameAs(dyn);
    }

    @Test
    void aScopeClosesOnlyOnItsThread(Dynantic dyn) throws Exception {
        Dynantic.Scope scope = Dynantic.using(dyn);
        try {
            ExecutorService other = Executors.newSingleThreadExecutor();
            Future<?> closing = other.submit(scope::close);
            assertThatThrownBy(closing::get)
                    .hasCauseInstanceOf(IllegalStateException.class)
                    .hasRootCauseMessage("a Dynantic scope must be closed on the thread that opened it");
            other.shutdown();
        } finally {
            scope.close();
        }
    }

    @Test
    void activeRecordMethodsActThroughTheCurrentDynantic(Dynantic dyn) {
        Table<Note> notes = dyn.table(Note.class);
        String id = UUID.randomUUID().toString();
        try (Dynantic.Scope scope = Dynantic.using(dyn)) {
            Note saved = new Note(id, "first", null).save();
            assertThat(saved.version()).isEqualTo(1L);
            assertThat(notes.get(id)).contains(saved);

            Note second = new Note(id, "second", 1L).save(Note_.text.eq("first"));
            assertThat(second.version()).isEqualTo(2L);
            assertThatThrownBy(() -> saved.save()).isInstanceOf(OptimisticLockException.class);

            Note patched = second.patch()
                    .set(Note_.text, "patched")
                    .returning(io.dynantic.ReturnValue.ALL_NEW)
                    .execute()
                    .orElseThrow();
            assertThat(patched).isEqualTo(new Note(id, "patched", 3L));
            assertThatThrownBy(() -> second.patch().set(Note_.text, "stale").execute())
                    .isInstanceOf(OptimisticLockException.class);

            assertThatThrownBy(() -> patched.delete(Note_.text.eq("other")))
                    .isInstanceOf(ConditionFailedException.class);
            patched.delete(Note_.text.eq("patched"));
            assertThat(notes.get(id)).isEmpty();

            Note again = new Note(id, "again", null).save();
            again.delete();
            assertThat(notes.get(id)).isEmpty();
        }
    }

    @Test
    void theScopeDecidesWhereAnItemGoes(Dynantic dyn, LocalDynamoDb db) {
        Dynantic other = another(db);
        Table<Note> otherNotes = other.table(Note.class);
        otherNotes.createTableIfNotExists();
        try {
            String id = UUID.randomUUID().toString();
            try (Dynantic.Scope scope = Dynantic.using(other)) {
                new Note(id, "elsewhere", null).save();
            }
            assertThat(otherNotes.get(id)).isPresent();
            assertThat(dyn.table(Note.class).get(id)).isEmpty();
        } finally {
            otherNotes.deleteTable();
        }
    }

    @Test
    void aTwinWithoutItsClientSaysWhichToSet(LocalDynamoDb db) {
        Dynantic syncOnly = Dynantic.create(db.client());
        assertThatThrownBy(() -> syncOnly.asyncTable(Note.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this Dynantic has no async client: set one with Dynantic.builder().asyncClient(...)");
        Dynantic asyncOnly = Dynantic.builder().asyncClient(db.asyncClient()).build();
        assertThatThrownBy(() -> asyncOnly.table(Note.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this Dynantic has no sync client: set one with Dynantic.builder().client(...)");
        assertThatThrownBy(() -> Dynantic.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no client: set one with Dynantic.builder().client(...) or .asyncClient(...)");
    }
}
