package io.dynantic.local;

import static io.dynantic.local.Fixtures.item;
import static io.dynantic.local.Fixtures.n;
import static io.dynantic.local.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.api.CancellationReason;
import io.dynantic.local.api.ConditionCheck;
import io.dynantic.local.api.CreateTableRequest;
import io.dynantic.local.api.DeleteItemRequest;
import io.dynantic.local.api.GetItemRequest;
import io.dynantic.local.api.GetItemResponse;
import io.dynantic.local.api.PutItemRequest;
import io.dynantic.local.api.ReturnValuesOnConditionCheckFailure;
import io.dynantic.local.api.ScalarAttributeType;
import io.dynantic.local.api.TransactGetItemsRequest;
import io.dynantic.local.api.TransactWriteItem;
import io.dynantic.local.api.TransactWriteItemsRequest;
import io.dynantic.local.api.UpdateItemRequest;
import io.dynantic.local.value.Value;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionTest {
    private static final String ACCOUNTS = "accounts";
    private static final String LOG = "log";

    private final MovableClock clock = new MovableClock();
    private final Engine engine = Engine.create(clock);
    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    @BeforeEach
    void createTables() {
        engine.createTable(CreateTableRequest.of(ACCOUNTS, "id", ScalarAttributeType.S));
        engine.createTable(CreateTableRequest.of(LOG, "entry", ScalarAttributeType.N));
        engine.putItem(PutItemRequest.of(ACCOUNTS, item("id", s("a"), "balance", n("100"))));
        engine.putItem(PutItemRequest.of(ACCOUNTS, item("id", s("b"), "balance", n("0"))));
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private static Map<String, Value> account(String id) {
        return item("id", s(id));
    }

    private Map<String, Value> get(String table, Map<String, Value> key) {
        return engine.getItem(GetItemRequest.of(table, key)).item();
    }

    private static TransactWriteItem withdraw(String id, String amount) {
        return TransactWriteItem.update(
                UpdateItemRequest.of(ACCOUNTS, account(id), "SET balance = balance - :a", null, Map.of(":a", n(amount)))
                        .toBuilder()
                        .conditionExpression("balance >= :a")
                        .build());
    }

    private static TransactWriteItem deposit(String id, String amount) {
        return TransactWriteItem.update(UpdateItemRequest.of(
                ACCOUNTS, account(id), "SET balance = balance + :a", null, Map.of(":a", n(amount))));
    }

    private static TransactWriteItem check(String id, String expression) {
        return TransactWriteItem.conditionCheck(ConditionCheck.of(ACCOUNTS, account(id), expression, null, null));
    }

    // TransactWriteItems

    @Test
    void transactWriteAppliesEveryActionAcrossTables() {
        engine.putItem(PutItemRequest.of(ACCOUNTS, item("id", s("c"), "balance", n("5"))));
        engine.transactWriteItems(TransactWriteItemsRequest.of(List.of(
                withdraw("a", "30"),
                deposit("b", "30"),
                TransactWriteItem.delete(DeleteItemRequest.of(ACCOUNTS, account("c"))),
                TransactWriteItem.put(PutItemRequest.builder(LOG, item("entry", n("1"), "amount", n("30")))
                        .conditionExpression("attribute_not_exists(entry)")
                        .build()))));

        assertThat(get(ACCOUNTS, account("a"))).isEqualTo(item("id", s("a"), "balance", n("70")));
        assertThat(get(ACCOUNTS, account("b"))).isEqualTo(item("id", s("b"), "balance", n("30")));
        assertThat(get(ACCOUNTS, account("c"))).isNull();
        assertThat(get(LOG, item("entry", n("1")))).isEqualTo(item("entry", n("1"), "amount", n("30")));
    }

    @Test
    void aFailedConditionAppliesNothingAndTheReasonsFollowTheActions() {
        TransactWriteItem failing = TransactWriteItem.update(
                UpdateItemRequest.of(ACCOUNTS, account("b"), "SET balance = balance - :a", null, Map.of(":a", n("10")))
                        .toBuilder()
                        .conditionExpression("balance >= :a")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build());
        TransactWriteItemsRequest request = TransactWriteItemsRequest.of(List.of(
                withdraw("a", "10"),
                failing,
                TransactWriteItem.put(PutItemRequest.of(LOG, item("entry", n("1")))),
                check("c", "attribute_exists(id)")));

        assertThatThrownBy(() -> engine.transactWriteItems(request))
                .isInstanceOfSatisfying(
                        TransactionCanceledException.class,
                        e -> assertThat(e.reasons())
                                .containsExactly(
                                        new CancellationReason("None", null, null),
                                        new CancellationReason(
                                                "ConditionalCheckFailed",
                                                "The conditional request failed",
                                                item("id", s("b"), "balance", n("0"))),
                                        new CancellationReason("None", null, null),
                                        new CancellationReason(
                                                "ConditionalCheckFailed", "The conditional request failed", null)))
                .hasMessage("Transaction cancelled, please refer cancellation reasons for specific reasons"
                        + " [None, ConditionalCheckFailed, None, ConditionalCheckFailed]");
        assertThat(get(ACCOUNTS, account("a"))).isEqualTo(item("id", s("a"), "balance", n("100")));
        assertThat(get(LOG, item("entry", n("1")))).isNull();
    }

    @Test
    void theMessageNamesEachActionsCode() {
        assertThatThrownBy(() -> engine.transactWriteItems(
                        TransactWriteItemsRequest.of(List.of(check("a", "balance > :z"), withdraw("b", "1")))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> engine.transactWriteItems(
                        TransactWriteItemsRequest.of(List.of(check("a", "attribute_exists(id)"), withdraw("b", "1")))))
                .isInstanceOf(TransactionCanceledException.class)
                .hasMessage("Transaction cancelled, please refer cancellation reasons for specific reasons"
                        + " [None, ConditionalCheckFailed]");
    }

    @Test
    void twoActionsOnOneItemAreRefused() {
        assertThatThrownBy(() -> engine.transactWriteItems(
                        TransactWriteItemsRequest.of(List.of(check("a", "attribute_exists(id)"), withdraw("a", "1")))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Transaction request cannot include multiple operations on one item");
        assertThat(get(ACCOUNTS, account("a"))).isEqualTo(item("id", s("a"), "balance", n("100")));
    }

    @Test
    void theNumberAndKindOfActionsAreChecked() {
        assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.of(List.of())))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint:"
                        + " Member must have length greater than or equal to 1");
        List<TransactWriteItem> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(TransactWriteItem.put(PutItemRequest.of(LOG, item("entry", n(Integer.toString(i))))));
        }
        assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.of(many)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value at 'transactItems' failed to satisfy constraint:"
                        + " Member must have length less than or equal to 100");
        engine.transactWriteItems(TransactWriteItemsRequest.of(many.subList(0, 100)));
        assertThat(get(LOG, item("entry", n("99")))).isEqualTo(item("entry", n("99")));
        assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.of(List.of(new TransactWriteItem(
                        PutItemRequest.of(LOG, item("entry", n("1000"))),
                        null,
                        DeleteItemRequest.of(LOG, item("entry", n("1000"))),
                        null)))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("TransactItems can only contain one of Check, Put, Update or Delete");
    }

    @Test
    void eachActionIsCheckedAsItsSingleItemAction() {
        assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.of(
                        List.of(deposit("b", "1"), TransactWriteItem.put(PutItemRequest.of("missing", account("x")))))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found");
        assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.of(List.of(
                        deposit("b", "1"), TransactWriteItem.put(PutItemRequest.of(ACCOUNTS, item("x", s("1"))))))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Missing the key id in the item");
        assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.of(
                        List.of(TransactWriteItem.update(UpdateItemRequest.of(
                                ACCOUNTS, account("a"), "SET id = :v", null, Map.of(":v", s("z"))))))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Cannot update attribute id. This attribute is"
                        + " part of the key");
        assertThat(get(ACCOUNTS, account("b"))).isEqualTo(item("id", s("b"), "balance", n("0")));
    }

    @Test
    void aKeyOfTheWrongTypeCancelsWithAValidationErrorReason() {
        assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.of(List.of(
                        deposit("b", "1"), TransactWriteItem.put(PutItemRequest.of(ACCOUNTS, item("id", n("5"))))))))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("Transaction cancelled, please refer cancellation reasons for specific reasons"
                                    + " [None, ValidationError]");
                    assertThat(e.reasons().get(1).message())
                            .isEqualTo("One or more parameter values were invalid: Type mismatch for key id expected:"
                                    + " S actual: N");
                });
        assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.of(
                        List.of(TransactWriteItem.put(PutItemRequest.of(ACCOUNTS, item("id", s(""))))))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values are not valid. The AttributeValue for a key attribute cannot"
                        + " contain an empty string value. Key: id");
        assertThat(get(ACCOUNTS, account("b"))).isEqualTo(item("id", s("b"), "balance", n("0")));
    }

    @Test
    void anUpdateThatFailsOnTheItemCancelsWithAValidationErrorReason() {
        engine.putItem(PutItemRequest.of(ACCOUNTS, item("id", s("c"), "name", s("carol"))));
        List<String> problems = new ArrayList<>();
        for (String expression : List.of("SET balance = nope + :v", "ADD #n :v", "SET nope.x = :v")) {
            TransactWriteItem failing = TransactWriteItem.update(UpdateItemRequest.of(
                    ACCOUNTS,
                    account("c"),
                    expression,
                    expression.contains("#n") ? Map.of("#n", "name") : null,
                    Map.of(":v", n("1"))));
            assertThatThrownBy(() -> engine.transactWriteItems(
                            TransactWriteItemsRequest.of(List.of(deposit("a", "1"), failing))))
                    .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                        assertThat(e.reasons().get(0)).isEqualTo(new CancellationReason("None", null, null));
                        assertThat(e.reasons().get(1).code()).isEqualTo("ValidationError");
                        problems.add(e.reasons().get(1).message());
                    })
                    .hasMessage("Transaction cancelled, please refer cancellation reasons for specific reasons"
                            + " [None, ValidationError]");
        }
        assertThat(problems)
                .containsExactly(
                        "The provided expression refers to an attribute that does not exist in the item",
                        "An operand in the update expression has an incorrect data type",
                        "The document path provided in the update expression is invalid for update");
        assertThat(get(ACCOUNTS, account("a"))).isEqualTo(item("id", s("a"), "balance", n("100")));
    }

    @Test
    void requiredMembersAndTheTokenLengthAreChecked() {
        assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.of(List.of(
                        deposit("a", "1"),
                        TransactWriteItem.conditionCheck(
                                ConditionCheck.of(ACCOUNTS, account("b"), null, null, null))))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value null at"
                        + " 'transactItems.2.member.conditionCheck.conditionExpression' failed to satisfy constraint:"
                        + " Member must not be null");
        assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.of(List.of(
                        TransactWriteItem.update(UpdateItemRequest.of(ACCOUNTS, account("z"), null, null, null))))))
                .isInstanceOf(ValidationException.class)
                .hasMessage(
                        "1 validation error detected: Value null at 'transactItems.1.member.update.updateExpression'"
                                + " failed to satisfy constraint: Member must not be null");
        String token = "t".repeat(37);
        assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.builder(List.of(deposit("b", "1")))
                        .clientRequestToken(token)
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value '" + token + "' at 'clientRequestToken' failed to"
                        + " satisfy constraint: Member must have length less than or equal to 36");
        engine.transactWriteItems(TransactWriteItemsRequest.builder(List.of(deposit("b", "1")))
                .clientRequestToken("t".repeat(36))
                .build());
        assertThat(get(ACCOUNTS, account("a"))).isEqualTo(item("id", s("a"), "balance", n("100")));
        assertThat(get(ACCOUNTS, account("b"))).isEqualTo(item("id", s("b"), "balance", n("1")));
        assertThat(get(ACCOUNTS, account("z"))).isNull();
    }

    @Test
    void aClientRequestTokenMakesTheTransactionIdempotentFor10Minutes() {
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder(List.of(deposit("b", "1")))
                .clientRequestToken("token-1")
                .build();
        engine.transactWriteItems(request);
        engine.transactWriteItems(request);
        assertThat(get(ACCOUNTS, account("b"))).isEqualTo(item("id", s("b"), "balance", n("1")));

        assertThatThrownBy(() -> engine.transactWriteItems(TransactWriteItemsRequest.builder(List.of(deposit("b", "2")))
                        .clientRequestToken("token-1")
                        .build()))
                .isInstanceOf(IdempotentParameterMismatchException.class)
                .hasMessage("The request uses the same client token as a previous, but non-identical request.");

        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        engine.transactWriteItems(request);
        assertThat(get(ACCOUNTS, account("b"))).isEqualTo(item("id", s("b"), "balance", n("1")));

        clock.advance(Duration.ofSeconds(1));
        engine.transactWriteItems(request);
        assertThat(get(ACCOUNTS, account("b"))).isEqualTo(item("id", s("b"), "balance", n("2")));
        engine.transactWriteItems(TransactWriteItemsRequest.builder(List.of(deposit("b", "1")))
                .clientRequestToken("token-2")
                .build());
        assertThat(get(ACCOUNTS, account("b"))).isEqualTo(item("id", s("b"), "balance", n("3")));
    }

    @Test
    void aCancelledTransactionDoesNotRememberItsToken() {
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder(List.of(withdraw("b", "5")))
                .clientRequestToken("token")
                .build();
        assertThatThrownBy(() -> engine.transactWriteItems(request)).isInstanceOf(TransactionCanceledException.class);
        engine.putItem(PutItemRequest.of(ACCOUNTS, item("id", s("b"), "balance", n("5"))));
        engine.transactWriteItems(request);
        assertThat(get(ACCOUNTS, account("b"))).isEqualTo(item("id", s("b"), "balance", n("0")));
    }

    // TransactGetItems

    @Test
    void transactGetReturnsResponsesInOrderEmptyWhereMissing() {
        List<GetItemResponse> responses = engine.transactGetItems(TransactGetItemsRequest.of(List.of(
                        GetItemRequest.of(ACCOUNTS, account("b")),
                        GetItemRequest.of(LOG, item("entry", n("1"))),
                        GetItemRequest.builder(ACCOUNTS, account("a"))
                                .projectionExpression("balance")
                                .build())))
                .responses();

        assertThat(responses)
                .containsExactly(
                        new GetItemResponse(item("id", s("b"), "balance", n("0"))),
                        new GetItemResponse(null),
                        new GetItemResponse(item("balance", n("100"))));
    }

    @Test
    void transactGetChecksTheNumberOfGetsAndEachGet() {
        assertThatThrownBy(() -> engine.transactGetItems(TransactGetItemsRequest.of(List.of())))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint:"
                        + " Member must have length greater than or equal to 1");
        List<GetItemRequest> many = Collections.nCopies(101, GetItemRequest.of(ACCOUNTS, account("a")));
        assertThatThrownBy(() -> engine.transactGetItems(TransactGetItemsRequest.of(many)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value at 'transactItems' failed to satisfy constraint:"
                        + " Member must have length less than or equal to 100");
        assertThatThrownBy(() -> engine.transactGetItems(
                        TransactGetItemsRequest.of(List.of(GetItemRequest.of("missing", account("a"))))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found");
    }

    @Test
    void transactGetRefusesTwoGetsOfOneItem() {
        assertThatThrownBy(() -> engine.transactGetItems(TransactGetItemsRequest.of(List.of(
                        GetItemRequest.of(ACCOUNTS, account("a")),
                        GetItemRequest.builder(ACCOUNTS, account("a"))
                                .projectionExpression("balance")
                                .build()))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Transaction request cannot include multiple operations on one item");
    }

    @Test
    void transactGetCancelsOnAKeyThatDoesNotFitTheTable() {
        assertThatThrownBy(() -> engine.transactGetItems(TransactGetItemsRequest.of(
                        List.of(GetItemRequest.of(ACCOUNTS, account("a")), GetItemRequest.of(ACCOUNTS, Map.of())))))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("Transaction cancelled, please refer cancellation reasons for specific reasons"
                                    + " [None, ValidationError]");
                    assertThat(e.reasons().get(1).message())
                            .isEqualTo("The provided key element does not match the schema");
                });
    }

    // Readers never see half a transaction

    @Test
    void concurrentReadersNeverSeeHalfATransaction() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        Future<Integer> reader = executor.submit(() -> {
            int reads = 0;
            while (!done.get() || reads < 100) {
                List<GetItemResponse> both = engine.transactGetItems(TransactGetItemsRequest.of(List.of(
                                GetItemRequest.of(ACCOUNTS, account("a")), GetItemRequest.of(ACCOUNTS, account("b")))))
                        .responses();
                BigDecimal sum = ((Value.N) both.get(0).item().get("balance"))
                        .value()
                        .add(((Value.N) both.get(1).item().get("balance")).value());
                assertThat(sum).isEqualByComparingTo("100");
                reads++;
            }
            return reads;
        });
        Future<?> writer = executor.submit(() -> {
            for (int i = 0; i < 2000; i++) {
                String amount = Integer.toString(1 + i % 7);
                try {
                    engine.transactWriteItems(TransactWriteItemsRequest.of(
                            i % 2 == 0
                                    ? List.of(withdraw("a", amount), deposit("b", amount))
                                    : List.of(withdraw("b", amount), deposit("a", amount))));
                } catch (TransactionCanceledException e) {
                    // too little to move: nothing applied
                }
            }
            done.set(true);
        });
        writer.get(30, TimeUnit.SECONDS);
        assertThat(reader.get(30, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(100);
    }
}
