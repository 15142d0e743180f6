package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.Dynantic;
import io.dynantic.ItemValidationException;
import io.dynantic.Key;
import io.dynantic.it.model.Stock;
import io.dynantic.it.model.Stock.Dimensions;
import io.dynantic.it.model.Stock.Node;
import io.dynantic.it.model.Stock_;
import io.dynantic.it.model.Stock_Dimensions_;
import io.dynantic.it.twin.Items;
import io.dynantic.it.twin.Mode;
import io.dynantic.testing.DynamoTest;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Every problem of a write is reported at once, before anything is sent, on every write path. */
@DynamoTest(models = Stock.class)
@ParameterizedClass
@EnumSource(Mode.class)
class ValidationReportTest {
    // Forty digits, but the trailing zero does not count for DynamoDB: 39 significant digits.
    private static final BigDecimal FORTY_DIGITS = new BigDecimal("1234567890123456789012345678901234567890");
    private static final String FORTY_DIGITS_PROBLEM = "Stock.price: 1234567890123456789012345678901234567890 has"
            + " 39 significant digits; DynamoDB keeps at most 38 (leading and trailing zeros do not count)";

    @Parameter
    Mode mode;

    private Items<Stock> stock;
    private DynamoDbClient raw;

    @BeforeEach
    void setUp(Dynantic dyn, DynamoDbClient raw) {
        this.stock = mode.items(dyn, Stock.class);
        this.raw = raw;
    }

    private static String sku() {
        return UUID.randomUUID().toString();
    }

    private long stored() {
        return raw.scan(r -> r.tableName(stock.tableName())).count();
    }

    @Test
    void everyProblemOfAnItemIsListed() {
        long before = stored();
        Stock invalid = new Stock(null, "", " ", FORTY_DIGITS, -1, new Dimensions(0, 2), null, null);
        String expected = "6 problems:"
                + "\n  Stock.sku: the partition key is null; every item needs one"
                + "\n  Stock.warehouse: the key is an empty string; DynamoDB keys cannot be empty"
                + "\n  Stock.dimensions.width: must be greater than 0"
                + "\n  Stock.name: must not be blank"
                + "\n  Stock.quantity: must be greater than or equal to 0"
                + "\n  " + FORTY_DIGITS_PROBLEM;
        assertThatThrownBy(() -> stock.save(invalid))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage(expected);
        assertThatThrownBy(() -> stock.create(invalid))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage(expected);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anItemOver400KbIsListedBesideItsOtherProblems() {
        Stock huge = new Stock(
                sku(), "w", " ", FORTY_DIGITS, 1, new Dimensions(1, 1), new Node("x".repeat(410_000), null), null);
        assertThatThrownBy(() -> stock.save(huge))
                .isInstanceOf(ItemValidationException.class)
                .message()
                .startsWith("3 problems:\n  Stock.name: must not be blank\n  " + FORTY_DIGITS_PROBLEM
                        + "\n  Stock: the item is ")
                .endsWith(" bytes; DynamoDB's limit is 400 KB (409600 bytes)");
    }

    @Test
    void theProblemsOfAConditionAreListedWithThoseOfTheItemOrKey() {
        BigDecimal tooLarge = new BigDecimal("1E+200");
        String conditionProblems = "\n  Stock.price: 1E+200 is out of DynamoDB's number range (magnitude 1E-130 to"
                + " below 1E+126)"
                + "\n  Stock.price: " + FORTY_DIGITS.toPlainString() + " has 39 significant digits; DynamoDB keeps"
                + " at most 38 (leading and trailing zeros do not count)";
        var condition = Stock_.price.eq(tooLarge).or(Stock_.price.eq(FORTY_DIGITS));
        assertThatThrownBy(
                        () -> stock.save(new Stock(sku(), "w1", " ", BigDecimal.ONE, 0, null, null, null), condition))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("3 problems:\n  Stock.name: must not be blank" + conditionProblems);
        assertThatThrownBy(() -> stock.delete(Key.of(sku(), ""), condition))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("3 problems:\n  Stock.warehouse: the key is an empty string; DynamoDB keys cannot be"
                        + " empty" + conditionProblems);
        assertThatThrownBy(() -> stock.update(sku(), "w1")
                        .set(Stock_.name, " ")
                        .condition(condition)
                        .execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("3 problems:\n  Stock.name: must not be blank" + conditionProblems);
    }

    @Test
    void aNullKeyIsListedBesideAnUnstorableNumber() {
        Stock invalid = new Stock(null, "w1", "Widget", FORTY_DIGITS, 0, null, null, null);
        assertThatThrownBy(() -> stock.save(invalid))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("2 problems:\n  Stock.sku: the partition key is null; every item needs one\n  "
                        + FORTY_DIGITS_PROBLEM);
    }

    @Test
    void updateValuesAndTheKeyAreCheckedTogether() {
        assertThatThrownBy(() -> stock.update("", "w1")
                        .set(Stock_.price, FORTY_DIGITS)
                        .set(Stock_.name, " ")
                        .execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("3 problems:"
                        + "\n  Stock.sku: the key is an empty string; DynamoDB keys cannot be empty"
                        + "\n  " + FORTY_DIGITS_PROBLEM
                        + "\n  Stock.name: must not be blank");
    }

    @Test
    void anUpdateRefusesANestedRecordThatASaveRefuses() {
        String sku = sku();
        stock.save(Stock.of(sku, "w1"));
        Dimensions invalid = new Dimensions(-3, 2);
        assertThatThrownBy(() -> stock.save(new Stock(sku, "w2", "Widget", null, 0, invalid, null, null)))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Stock.dimensions.width: must be greater than 0");
        assertThatThrownBy(() ->
                        stock.update(sku, "w1").set(Stock_.dimensions, invalid).execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Stock.dimensions.width: must be greater than 0");
        assertThatThrownBy(() -> stock.update(sku, "w1")
                        .set(Stock_.dimensions.then(Stock_Dimensions_.height), 0)
                        .execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Stock.dimensions.height: must be greater than 0");
        assertThat(stock.get(sku, "w1").orElseThrow().dimensions()).isEqualTo(new Dimensions(1, 1));
    }

    @Test
    void documentsDeeperThan32LevelsAreRefused() {
        String sku = sku();
        Stock deepest = Stock.of(sku, "w1").withTree(Node.chain(31));
        stock.save(deepest);
        assertThat(stock.get(sku, "w1").orElseThrow().tree()).isEqualTo(deepest.tree());
        String problem = "Stock.tree: the value nests more than 32 levels deep (counting the attribute itself);"
                + " DynamoDB allows 32";
        assertThatThrownBy(() -> stock.save(Stock.of(sku, "w2").withTree(Node.chain(32))))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage(problem);
        assertThatThrownBy(() ->
                        stock.update(sku, "w1").set(Stock_.tree, Node.chain(32)).execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage(problem);
        assertThat(stock.get(sku, "w2")).isEmpty();
    }

    @Test
    void anEmptyKeyConditionValueIsAnEmptyKey() {
        assertThatThrownBy(() -> stock.query(sku()).beginsWith("").list())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Stock.warehouse: the prefix is an empty string; DynamoDB key values cannot be empty"
                        + " (leave out beginsWith to read the whole partition)");
        assertThatThrownBy(() -> stock.query(sku()).eq("").list())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Stock.warehouse: the key is an empty string; DynamoDB keys cannot be empty");
    }

    @Test
    void aNullKeyValueIsTheSameErrorEverywhere() {
        assertThatThrownBy(() -> stock.query(null))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Stock.sku: the partition key value is null");
        assertThatThrownBy(() -> stock.query(sku()).eq(null))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Stock.warehouse: the sort key value is null");
        assertThatThrownBy(() -> stock.get(null, "w1"))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Key: the partition key value is null");
        assertThatThrownBy(() -> stock.get(Key.of("x", null)))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Key: the sort key value is null");
    }

    @Test
    void writesByItemNameTheMissingKeyAttributes() {
        Stock keyless = new Stock(null, null, "Widget", null, 0, null, null, null);
        assertThatThrownBy(() -> stock.patch(keyless).set(Stock_.quantity, 3).execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("2 problems:"
                        + "\n  Stock.sku: the partition key is null; the item cannot be patched by key"
                        + "\n  Stock.warehouse: the sort key is null; the item cannot be patched by key");
        assertThatThrownBy(() -> stock.delete(new Stock(sku(), null, "Widget", null, 0, null, null, null)))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Stock.warehouse: the sort key is null; the item cannot be deleted by key");
    }
}
