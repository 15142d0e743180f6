package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.BatchGet;
import io.dynantic.Dynantic;
import io.dynantic.ItemValidationException;
import io.dynantic.Key;
import io.dynantic.ModelDefinitionException;
import io.dynantic.TransactConditionCheck;
import io.dynantic.TransactDelete;
import io.dynantic.TransactGet;
import io.dynantic.TransactGetResult;
import io.dynantic.TransactPut;
import io.dynantic.TransactUpdate;
import io.dynantic.TransactionCanceledException;
import io.dynantic.it.model.AppEntity;
import io.dynantic.it.model.AppEntity.Customer;
import io.dynantic.it.model.AppEntity.Order;
import io.dynantic.it.model.Everything;
import io.dynantic.it.model.Everything_;
import io.dynantic.it.model.Price;
import io.dynantic.it.model.Product;
import io.dynantic.it.model.Stock;
import io.dynantic.it.model.Stock_;
import io.dynantic.it.model.User;
import io.dynantic.it.model.User_;
import io.dynantic.it.twin.Mode;
import io.dynantic.testing.DynamoTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Transactions across tables against the local backend, on both twins. */
@DynamoTest(models = {User.class, Stock.class, Product.class, AppEntity.class, Price.class, Everything.class})
@ParameterizedClass
@EnumSource(Mode.class)
class TransactionTest {
    @Parameter
    Mode mode;

    private Dynantic dyn;

    @BeforeEach
    void setUp(Dynantic dyn) {
        this.dyn = dyn;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aTransactionAppliesEveryActionAcrossTables() throws Throwable {
        String id = id();
        User ada = dyn.table(User.class).save(User.of(id, "ada@b.c", "Ada"));
        dyn.table(User.class).save(User.of(id, "grace@b.c", "Grace"));
        dyn.table(Stock.class).save(Stock.of(id, "w1"));
        dyn.table(Stock.class).save(Stock.of(id, "w2"));
        mode.transactWrite(
                dyn,
                List.of(
                        TransactPut.of(Stock.of(id, "w3"), Stock_.sku.notExists()),
                        TransactUpdate.of(Stock.class, Key.of(id, "w1"), u -> u.add(Stock_.quantity, 5)),
                        TransactDelete.of(Stock.class, Key.of(id, "w2")),
                        TransactConditionCheck.of(User.class, Key.of(id, "grace@b.c"), User_.name.eq("Grace")),
                        TransactUpdate.of(User.class, Key.of(id, "ada@b.c"), u -> u.set(User_.name, "Ada L."))));
        assertThat(dyn.table(Stock.class).get(id, "w3")).isPresent();
        Stock w1 = dyn.table(Stock.class).get(id, "w1").orElseThrow();
        assertThat(w1.quantity()).isEqualTo(6);
        assertThat(w1.version()).isEqualTo(2L);
        assertThat(dyn.table(Stock.class).get(id, "w2")).isEmpty();
        User after = dyn.table(User.class).get(id, "ada@b.c").orElseThrow();
        assertThat(after.name()).isEqualTo("Ada L.");
        assertThat(after.version()).isEqualTo(ada.version() + 1);
    }

    @Test
    void nothingIsAppliedWhenAnyConditionFailsAndTheReasonsLineUp() {
        String id = id();
        dyn.table(Stock.class).save(Stock.of(id, "w1"));
        User ada = dyn.table(User.class).save(User.of(id, "ada@b.c", "Ada"));
        assertThatThrownBy(() -> mode.transactWrite(
                        dyn,
                        List.of(
                                TransactPut.of(Stock.of(id, "w2")),
                                TransactUpdate.of(Stock.class, Key.of(id, "w1"), u -> u.add(Stock_.quantity, 1)),
                                TransactConditionCheck.of(User.class, Key.of(id, "ada@b.c"), User_.name.eq("Grace")))))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.reasons()).hasSize(3);
                    assertThat(e.reasons().get(0).failed()).isFalse();
                    assertThat(e.reasons().get(1).failed()).isFalse();
                    TransactionCanceledException.Reason check = e.reasons().get(2);
                    assertThat(check.conditionFailed()).isTrue();
                    assertThat(check.versionConflict()).isFalse();
                    assertThat(check.message())
                            .isEqualTo("condition check on table "
                                    + dyn.table(User.class).tableName() + ": the condition was not met");
                    assertThat(check.item(User.class)).contains(ada);
                })
                .hasMessageContaining("nothing was written; [2] ConditionalCheckFailed");
        assertThat(dyn.table(Stock.class).get(id, "w2")).isEmpty();
        assertThat(dyn.table(Stock.class).get(id, "w1").orElseThrow().quantity())
                .isEqualTo(1);
    }

    @Test
    void versionsAreCheckedAndBumpedInTransactions() throws Throwable {
        String id = id();
        User saved = dyn.table(User.class).save(User.of(id, "v@b.c", "V"));
        Stock stock = dyn.table(Stock.class).save(Stock.of(id, "w1"));
        List<Object> stored =
                mode.transactSave(dyn, saved.withName("W"), new Stock(id, "w2", "New", null, 0, null, null, null));
        assertThat(((User) stored.get(0)).version()).isEqualTo(2L);
        assertThat(((Stock) stored.get(1)).version()).isEqualTo(1L);
        User current = dyn.table(User.class).get(id, "v@b.c").orElseThrow();
        assertThat(current.version()).isEqualTo(2L);
        assertThat(dyn.table(Stock.class).get(id, "w2").orElseThrow().version()).isEqualTo(1L);

        assertThatThrownBy(() -> mode.transactSave(dyn, saved.withName("stale"), stock))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.reasons().get(0).versionConflict()).isTrue();
                    assertThat(e.reasons().get(0).message())
                            .isEqualTo("save on table " + dyn.table(User.class).tableName()
                                    + ": expected version 1 but the stored version is 2");
                    assertThat(e.reasons().get(1).failed()).isFalse();
                });
        assertThatThrownBy(() -> mode.transactWrite(dyn, List.of(TransactDelete.of(saved))))
                .isInstanceOfSatisfying(
                        TransactionCanceledException.class,
                        e -> assertThat(e.reasons().get(0).versionConflict()).isTrue());
        mode.transactWrite(dyn, List.of(TransactDelete.of(current)));
        assertThat(dyn.table(User.class).get(id, "v@b.c")).isEmpty();
        assertThat(dyn.table(Stock.class).get(id, "w1").orElseThrow().version()).isEqualTo(1L);
    }

    @Test
    void generatedKeysTimestampsAndDiscriminatorsAreWritten() throws Throwable {
        String pk = id();
        mode.transactSave(dyn, new Customer(pk, "C", "Ada"), new Order(pk, "O1", BigDecimal.TEN));
        assertThat(dyn.table(AppEntity.class).query(pk).list())
                .containsExactly(new Customer(pk, "C", "Ada"), new Order(pk, "O1", BigDecimal.TEN));
        mode.transactWrite(dyn, List.of(TransactPut.of(new Product(null, pk, null, null))));
        Product product = dyn.table(Product.class)
                .scan()
                .filter(io.dynantic.it.model.Product_.name.eq(pk))
                .one();
        assertThat(product.productId()).isNotNull();
        assertThat(product.createdAt()).isNotNull();
    }

    @Test
    void aTransactionalGetReadsTypedItemsInRequestOrder() throws Throwable {
        String pk = id();
        dyn.table(AppEntity.class).save(new Customer(pk, "C", "Ada"));
        dyn.table(AppEntity.class).save(new Order(pk, "O1", BigDecimal.ONE));
        dyn.table(AppEntity.class).save(new Order(pk, "O2", BigDecimal.TEN));
        User user = dyn.table(User.class).save(User.of(pk, "t@b.c", "T"));
        TransactGetResult r = mode.transactGet(
                dyn,
                TransactGet.of(AppEntity.class, Key.of(pk, "O1")),
                TransactGet.of(User.class, Key.of(pk, "t@b.c")),
                TransactGet.of(Customer.class, Key.of(pk, "O2")),
                TransactGet.of(User.class, Key.of(pk, "missing")));
        assertThat(r.size()).isEqualTo(4);
        assertThat(r.get(0, AppEntity.class)).contains(new Order(pk, "O1", BigDecimal.ONE));
        assertThat(r.get(1, User.class)).contains(user);
        assertThat(r.get(2, Customer.class))
                .as("a subtype view leaves out another subtype")
                .isEmpty();
        assertThat(r.get(3, User.class)).isEmpty();
        assertThatThrownBy(() -> r.get(1, Stock.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("get 1 read a User, not a Stock");
    }

    @Test
    void asyncReadsOfAnInvalidModelFailTheirFutures() {
        // Not thrown at the call: an async caller handles every failure in one place.
        var transactGet = dyn.asyncTransactGet(TransactGet.of(String.class, Key.of("x")));
        var batchGet = dyn.asyncBatchGet(BatchGet.of(String.class, List.of(Key.of("x"))));
        for (var future : List.of(transactGet, batchGet)) {
            assertThat(future)
                    .failsWithin(java.time.Duration.ofSeconds(10))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(ModelDefinitionException.class);
        }
    }

    @Test
    void numberKeysOfOneValueNameOneItem() {
        assertThatThrownBy(() -> mode.transactWrite(
                        dyn,
                        List.of(
                                TransactPut.of(new Price(new BigDecimal("3"), "three")),
                                TransactDelete.of(Price.class, Key.of(new BigDecimal("3.0"))))))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("[1] Price: acts on the same item as action [0]; a transaction may act on an item once");
        assertThatThrownBy(() -> mode.transactGet(
                        dyn,
                        TransactGet.of(Price.class, Key.of(new BigDecimal("3"))),
                        TransactGet.of(Price.class, Key.of(new BigDecimal("3.00")))))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("[1] Price: reads the same item as get [0]; a transaction may read an item once");
    }

    @Test
    void limitsAndInvalidActionsAreRefusedBeforeSending() throws Throwable {
        String id = id();
        assertThatThrownBy(() -> mode.transactWrite(dyn, List.of()))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Transaction: a transaction needs at least one write");
        List<TransactPut> many = new ArrayList<>();
        IntStream.range(0, 101).forEach(i -> many.add(TransactPut.of(Stock.of(id, "w" + i))));
        assertThatThrownBy(() -> mode.transactWrite(dyn, many))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Transaction: a transaction has 101 writes; DynamoDB allows at most 100");
        assertThatThrownBy(() -> mode.transactWrite(
                        dyn,
                        List.of(
                                TransactPut.of(Stock.of(id, "w1")),
                                TransactPut.of(User.of(id, "x@b.c", " ")),
                                TransactDelete.of(Stock.class, Key.of(id, "w1")),
                                TransactUpdate.of(Stock.class, Key.of(id, ""), u -> u.set(Stock_.sku, "other")))))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("4 problems:"
                        + "\n  [1] User.name: must not be blank"
                        + "\n  [2] Stock: acts on the same item as action [0]; a transaction may act on an item once"
                        + "\n  [3] Stock.warehouse: the key is an empty string; DynamoDB keys cannot be empty"
                        + "\n  [3] Stock.sku: the partition key cannot be updated; DynamoDB keys are immutable (save a"
                        + " new item and delete the old one)");
        assertThat(dyn.table(Stock.class).get(id, "w1")).isEmpty();

        // An update whose only action adds an empty set has nothing to do, which a transaction cannot send.
        assertThatThrownBy(() -> mode.transactWrite(
                        dyn,
                        List.of(TransactUpdate.of(
                                Everything.class, Key.of(id), u -> u.add(Everything_.strings, Set.of())))))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("[0] Everything: the update has no action; add one, or use TransactConditionCheck to check"
                        + " the item");

        // Eleven items of 390,000 bytes (each within 400 KB): 4.29 MB.
        String large = "x".repeat(390_000 - 100);
        List<TransactPut> heavy = new ArrayList<>();
        IntStream.range(0, 11)
                .forEach(i -> heavy.add(TransactPut.of(
                        new Stock(id, "h" + i, large, BigDecimal.ONE, 1, new Stock.Dimensions(1, 1), null, null))));
        assertThatThrownBy(() -> mode.transactWrite(dyn, heavy))
                .isInstanceOf(ItemValidationException.class)
                .message()
                .matches("Transaction: the items it puts are \\d+ bytes in all; DynamoDB's limit is 4 MB \\(4194304"
                        + " bytes\\)");
        assertThat(dyn.table(Stock.class).get(id, "h0")).isEmpty();
        mode.transactWrite(dyn, heavy.subList(0, 10));
        assertThat(dyn.table(Stock.class).get(id, "h9")).isPresent();

        assertThatThrownBy(() -> mode.transactGet(
                        dyn,
                        TransactGet.of(AppEntity.class, Key.of(id, "O1")),
                        TransactGet.of(Customer.class, Key.of(id, "O1"))))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("[1] Customer: reads the same item as get [0]; a transaction may read an item once");
    }
}
