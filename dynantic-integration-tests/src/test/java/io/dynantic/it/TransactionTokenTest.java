package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.Dynantic;
import io.dynantic.IdempotencyMismatchException;
import io.dynantic.ItemValidationException;
import io.dynantic.Key;
import io.dynantic.TransactGet;
import io.dynantic.TransactPut;
import io.dynantic.TransactUpdate;
import io.dynantic.TransactionCanceledException;
import io.dynantic.it.model.Stamped;
import io.dynantic.it.model.Thing;
import io.dynantic.it.stub.StubDynamoDb;
import io.dynantic.it.stub.StubDynamoDb.Answer;
import io.dynantic.it.twin.Mode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Transactions against a stubbed HTTP client (StubDynamoDb), for what the local backends do not do: idempotency
 * tokens kept as DynamoDB keeps them (moto accepts a token but ignores it, applying a repeated transaction twice),
 * and a transactGet cancelled by a conflict with a transaction in progress.
 */
@ParameterizedClass
@EnumSource(Mode.class)
class TransactionTokenTest {
    @Parameter
    Mode mode;

    @Test
    void aTokenAppliesATransactionOnceAndRefusesOtherActions() throws Throwable {
        StubDynamoDb stub = new StubDynamoDb(request -> Answer.ALL, id -> false);
        Dynantic dyn = Dynantic.builder()
                .client(stub.client())
                .asyncClient(stub.asyncClient())
                .build();
        List<TransactPut> puts =
                List.of(TransactPut.of(new Thing("t1", "one")), TransactPut.of(new Thing("t2", "two")));
        mode.transactWrite(dyn, puts, "order-42");
        mode.transactWrite(dyn, puts, "order-42");
        assertThat(stub.puts("t1")).isEqualTo(1);
        assertThat(stub.puts("t2")).isEqualTo(1);

        assertThatThrownBy(() -> mode.transactWrite(dyn, List.of(TransactPut.of(new Thing("t3", "three"))), "order-42"))
                .isInstanceOf(IdempotencyMismatchException.class)
                .hasMessage("transactWrite: the idempotency token order-42 was used for another transaction within"
                        + " the last ten minutes; use a new token");
        assertThat(stub.puts("t3")).isZero();

        assertThatThrownBy(() -> mode.transactWrite(dyn, puts, "x".repeat(37)))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("idempotencyToken: must be 1 to 36 characters, not 37");
    }

    @Test
    void theSameActionsSentAgainSendTheSameRequestEvenWithGeneratedTimestamps() throws Throwable {
        StubDynamoDb stub = new StubDynamoDb(request -> Answer.ALL, id -> false);
        Dynantic dyn = Dynantic.builder()
                .client(stub.client())
                .asyncClient(stub.asyncClient())
                .build();
        List<TransactPut> puts = List.of(TransactPut.of(new Stamped("s1", "stamped", null)));
        mode.transactWrite(dyn, puts, "retry-1");
        Thread.sleep(5);
        mode.transactWrite(dyn, puts, "retry-1");
        assertThat(stub.puts("s1")).isEqualTo(1);
    }

    @Test
    void anUpdateWithoutActionsIsRefusedBeforeSending() {
        StubDynamoDb stub = new StubDynamoDb(request -> Answer.ALL, id -> false);
        Dynantic dyn = Dynantic.builder()
                .client(stub.client())
                .asyncClient(stub.asyncClient())
                .build();
        assertThatThrownBy(() -> mode.transactWrite(
                        dyn, Arrays.asList(TransactUpdate.of(Thing.class, Key.of("t1"), u -> {}), null)))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("2 problems:"
                        + "\n  [0] Thing: the update has no action; add one, or use TransactConditionCheck to check the"
                        + " item"
                        + "\n  [1] Transaction: the action is null");
        assertThat(stub.requests()).isZero();
    }

    /** A conflict with a transaction in progress is a fault the local backends do not produce. */
    @Test
    void aCancelledTransactGetIsATransactionCanceledExceptionWithItsReasons() {
        StubDynamoDb stub = new StubDynamoDb(request -> Answer.CONFLICT, id -> false);
        Dynantic dyn = Dynantic.builder()
                .client(stub.client())
                .asyncClient(stub.asyncClient())
                .build();
        assertThatThrownBy(() -> mode.transactGet(
                        dyn, TransactGet.of(Thing.class, Key.of("t1")), TransactGet.of(Thing.class, Key.of("t2"))))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.reasons()).extracting(r -> r.code()).containsExactly("None", "TransactionConflict");
                    assertThat(e.reasons().get(1).failed()).isTrue();
                    assertThat(e.reasons().get(0).failed()).isFalse();
                })
                .hasMessage(
                        "transactGet: DynamoDB cancelled the transaction, nothing was read; [1] TransactionConflict:"
                                + " Transaction is ongoing for the item");
    }
}
