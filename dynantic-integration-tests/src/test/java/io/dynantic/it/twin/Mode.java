package io.dynantic.it.twin;

import io.dynantic.BatchGet;
import io.dynantic.BatchGetResult;
import io.dynantic.Dynantic;
import io.dynantic.TransactAction;
import io.dynantic.TransactGet;
import io.dynantic.TransactGetResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * Which twin a test runs against. The async mode calls the async twin's method of the same name and
 * arguments, waits for its future and rethrows what the future failed with, so the same assertions
 * (exception types and messages included) hold for both.
 */
public enum Mode {
    SYNC,
    ASYNC;

    /** The table of {@code type} in this mode. */
    @SuppressWarnings("unchecked")
    public <T> Items<T> items(Dynantic dyn, Class<T> type) {
        Object table = this == SYNC ? dyn.table(type) : dyn.asyncTable(type);
        return (Items<T>) twin(Items.class, table);
    }

    /** {@code dyn.batchGet} or {@code dyn.asyncBatchGet}. */
    public BatchGetResult batchGet(Dynantic dyn, BatchGet<?>... gets) throws Throwable {
        return this == SYNC ? dyn.batchGet(gets) : (BatchGetResult) await(dyn.asyncBatchGet(gets));
    }

    /** {@code dyn.batchWriter()} or {@code dyn.asyncBatchWriter()}. */
    public Writer batchWriter(Dynantic dyn) {
        return (Writer) twin(Writer.class, this == SYNC ? dyn.batchWriter() : dyn.asyncBatchWriter());
    }

    /** {@code dyn.transactWrite} or {@code dyn.asyncTransactWrite}. */
    public void transactWrite(Dynantic dyn, List<? extends TransactAction> actions, String token) throws Throwable {
        if (this == SYNC) {
            dyn.transactWrite(actions, token);
        } else {
            await(dyn.asyncTransactWrite(actions, token));
        }
    }

    /** {@code dyn.transactWrite} or {@code dyn.asyncTransactWrite}, without a token. */
    public void transactWrite(Dynantic dyn, List<? extends TransactAction> actions) throws Throwable {
        if (this == SYNC) {
            dyn.transactWrite(actions);
        } else {
            await(dyn.asyncTransactWrite(actions));
        }
    }

    /** {@code dyn.transactSave} or {@code dyn.asyncTransactSave}. */
    @SuppressWarnings("unchecked")
    public List<Object> transactSave(Dynantic dyn, Object... items) throws Throwable {
        return this == SYNC ? dyn.transactSave(items) : (List<Object>) await(dyn.asyncTransactSave(items));
    }

    /** {@code dyn.transactGet} or {@code dyn.asyncTransactGet}. */
    public TransactGetResult transactGet(Dynantic dyn, TransactGet<?>... gets) throws Throwable {
        return this == SYNC ? dyn.transactGet(gets) : (TransactGetResult) await(dyn.asyncTransactGet(gets));
    }

    private static Object twin(Class<?> view, Object target) {
        return Proxy.newProxyInstance(view.getClassLoader(), new Class<?>[] {view}, (proxy, method, args) -> {
            Object result = call(target, method, args);
            if (result instanceof CompletableFuture<?> future) {
                result = await(future);
            }
            Class<?> returned = method.getReturnType();
            if (returned.isInterface() && returned.getPackage() == Mode.class.getPackage()) {
                return twin(returned, result);
            }
            return result;
        });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        Method twin;
        try {
            twin = target.getClass().getMethod(method.getName(), method.getParameterTypes());
        } catch (NoSuchMethodException e) {
            if (method.getName().equals("stream")) {
                return collect((Flow.Publisher<?>)
                        target.getClass().getMethod("publisher").invoke(target));
            }
            throw new AssertionError(target.getClass().getSimpleName() + " lacks its twin's " + method.getName(), e);
        }
        try {
            return twin.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The future's value, or what it failed with, which must not be wrapped. */
    private static Object await(CompletableFuture<?> future) throws Throwable {
        Throwable error = future.handle((value, failure) -> failure).get(1, TimeUnit.MINUTES);
        if (error == null) {
            return future.join();
        }
        if (error instanceof CompletionException) {
            throw new AssertionError("an async result failed wrapped in " + error, error);
        }
        throw error;
    }

    /** The publisher's items, requested one at a time, as a stream. */
    private static java.util.stream.Stream<?> collect(Flow.Publisher<?> publisher) throws Throwable {
        List<Object> items = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<Object>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(1);
            }

            @Override
            public void onNext(Object item) {
                items.add(item);
                subscription.request(1);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        await(done);
        return items.stream();
    }
}
