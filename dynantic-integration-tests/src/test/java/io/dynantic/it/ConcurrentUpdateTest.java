package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.Dynantic;
import io.dynantic.OptimisticLockException;
import io.dynantic.Table;
import io.dynantic.it.model.Counter;
import io.dynantic.it.model.Counter_;
import io.dynantic.testing.DynamoTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lost updates are impossible: 8 threads, 50 increments each, against the single-threaded local server. */
@DynamoTest(models = Counter.class)
class ConcurrentUpdateTest {
    private static final int THREADS = 8;
    private static final int INCREMENTS = 50;

    private Table<Counter> counters;

    @BeforeEach
    void setUp(Dynantic dyn) {
        counters = dyn.table(Counter.class);
    }

    private void runOnThreads(Callable<Void> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(work));
            }
            for (Future<Void> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readModifySaveWithVersionRetriesUntilNothingIsLost() throws Exception {
        String id = UUID.randomUUID().toString();
        counters.save(new Counter(id, 0, null));
        AtomicInteger conflicts = new AtomicInteger();
        runOnThreads(() -> {
            for (int i = 0; i < INCREMENTS; i++) {
                while (true) {
                    Counter current = counters.get(id).orElseThrow();
                    try {
                        counters.save(new Counter(id, current.count() + 1, current.version()));
                        break;
                    } catch (OptimisticLockException e) {
                        conflicts.incrementAndGet();
                    }
                }
            }
            return null;
        });
        Counter done = counters.get(id).orElseThrow();
        assertThat(done.count()).isEqualTo(THREADS * INCREMENTS);
        assertThat(done.version()).isEqualTo(THREADS * INCREMENTS + 1L);
        assertThat(conflicts.get()).as("the threads did race").isPositive();
    }

    @Test
    void atomicAddNeedsNoRetry() throws Exception {
        String id = UUID.randomUUID().toString();
        runOnThreads(() -> {
            for (int i = 0; i < INCREMENTS; i++) {
                counters.update(id).add(Counter_.count, 1).execute();
            }
            return null;
        });
        Counter done = counters.get(id).orElseThrow();
        assertThat(done.count()).isEqualTo(THREADS * INCREMENTS);
        assertThat(done.version()).isEqualTo((long) THREADS * INCREMENTS);
    }
}
