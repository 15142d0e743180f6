package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.BatchGet;
import io.dynantic.BatchGetResult;
import io.dynantic.Dynantic;
import io.dynantic.ItemValidationException;
import io.dynantic.Key;
import io.dynantic.it.model.AppEntity;
import io.dynantic.it.model.AppEntity.Customer;
import io.dynantic.it.model.AppEntity.Order;
import io.dynantic.it.model.Product;
import io.dynantic.it.model.Stock;
import io.dynantic.it.model.User;
import io.dynantic.it.twin.Items;
import io.dynantic.it.twin.Mode;
import io.dynantic.it.twin.TableWriter;
import io.dynantic.it.twin.Writer;
import io.dynantic.testing.DynamoTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Batch gets, saves, deletes and writers against the local backend, on both twins. */
@DynamoTest(models = {User.class, Product.class, Stock.class, AppEntity.class})
@ParameterizedClass
@EnumSource(Mode.class)
class BatchTest {
    @Parameter
    Mode mode;

    private Dynantic dyn;
    private DynamoDbClient raw;
    private Items<User> users;

    @BeforeEach
    void setUp(Dynantic dyn, DynamoDbClient raw) {
        this.dyn = dyn;
        this.raw = raw;
        this.users = mode.items(dyn, User.class);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private long count(String table, String partition) {
        return raw.scan(r -> r.tableName(table)).items().stream()
                .filter(i -> i.values().stream().anyMatch(v -> partition.equals(v.s())))
                .count();
    }

    private static List<User> people(String team, int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> User.of(team, "u" + i + "@example.com", "Person " + i))
                .toList();
    }

    @Test
    void hundredsOfItemsAreSavedAndReadInTheOrderOfTheKeys() {
        String team = id();
        List<User> saved = users.batchSave(people(team, 260));
        assertThat(saved).hasSize(260).allSatisfy(u -> assertThat(u.version()).isEqualTo(1L));
        assertThat(count(users.tableName(), team)).isEqualTo(260);

        List<Key> keys = new ArrayList<>();
        IntStream.range(0, 260).forEach(i -> keys.add(Key.of(team, "u" + i + "@example.com")));
        IntStream.range(0, 5).forEach(i -> keys.add(Key.of(team, "missing" + i)));
        Collections.shuffle(keys, new Random(7));
        List<User> found = users.batchGet(keys);
        assertThat(found).hasSize(260);
        List<String> expected = keys.stream()
                .map(k -> (String) k.sort())
                .filter(e -> !e.startsWith("missing"))
                .toList();
        assertThat(found.stream().map(User::email).toList()).isEqualTo(expected);
        assertThat(users.batchGet(keys.subList(0, 10), true)).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void theLastWriteOfAKeyWinsAndDuplicateGetKeysAreReadOnce() {
        String team = id();
        User first = User.of(team, "a@b.c", "First");
        User other = User.of(team, "b@b.c", "Other");
        User last = User.of(team, "a@b.c", "Last");
        List<User> stored = users.batchSave(List.of(first, other, last));
        assertThat(stored).extracting(User::name).containsExactly("First", "Other", "Last");
        assertThat(users.get(team, "a@b.c").orElseThrow().name()).isEqualTo("Last");

        Key a = Key.of(team, "a@b.c");
        Key b = Key.of(team, "b@b.c");
        assertThat(users.batchGet(List.of(b, a, b, a))).extracting(User::name).containsExactly("Other", "Last");

        users.batchDelete(List.of(a, a, b));
        assertThat(count(users.tableName(), team)).isZero();
    }

    @Test
    void versionsAreSetAsSaveSetsThemButNotChecked() {
        String team = id();
        User saved = users.batchSave(List.of(User.of(team, "v@b.c", "V"))).get(0);
        assertThat(saved.version()).isEqualTo(1L);
        User next = users.batchSave(List.of(saved.withName("W"))).get(0);
        assertThat(next.version()).isEqualTo(2L);
        // A stale version is not checked: BatchWriteItem carries no condition.
        User stale = users.batchSave(List.of(saved.withName("X"))).get(0);
        assertThat(stale.version()).isEqualTo(2L);
        assertThat(users.get(team, "v@b.c").orElseThrow().name()).isEqualTo("X");
    }

    @Test
    void anInvalidItemMeansNothingIsSentAndEveryProblemIsListed() {
        String team = id();
        List<User> batch = new ArrayList<>(people(team, 30));
        batch.set(3, User.of(team, "x@b.c", " "));
        batch.set(27, User.of(null, "y@b.c", "Y"));
        batch.add(null);
        assertThatThrownBy(() -> users.batchSave(batch))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("3 problems:"
                        + "\n  [3] User.name: must not be blank"
                        + "\n  [27] User.userId: the partition key is null; every item needs one"
                        + "\n  [30] User: the item is null");
        assertThatThrownBy(() -> users.batchGet(Arrays.asList(Key.of(team, "a"), Key.of(42), null)))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("3 problems:"
                        + "\n  [1] User.email: the sort key value is missing; use Key.of(partitionKey, sortKey)"
                        + "\n  [1] User.userId: a key value of type Integer was given, but the field is String"
                        + "\n  [2] User: the key is null");
        assertThat(count(users.tableName(), team)).isZero();
    }

    @Test
    void aKeyLongerThanDynamoDbTakesIsRefusedBeforeAnyChunkIsSent() {
        String team = id();
        String longPartition = "p".repeat(2049);
        String longSort = "\u00e9".repeat(513) + "@b.c"; // 1030 UTF-8 bytes in 517 chars
        List<User> batch = new ArrayList<>(people(team, 30));
        batch.set(3, User.of(longPartition, "x@b.c", "X"));
        batch.set(28, User.of(team, longSort, "Y"));
        assertThatThrownBy(() -> users.batchSave(batch))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("2 problems:"
                        + "\n  [3] User.userId: the key is 2049 bytes; DynamoDB's limit is 2048 bytes for a partition key"
                        + "\n  [28] User.email: the key is 1030 bytes; DynamoDB's limit is 1024 bytes for a sort key");
        assertThat(count(users.tableName(), team)).isZero();
        assertThatThrownBy(() -> users.batchGet(List.of(Key.of(team, "a"), Key.of(team, longSort))))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("[1] User.email: the key is 1030 bytes; DynamoDB's limit is 1024 bytes for a sort key");
        assertThatThrownBy(() -> users.get(longPartition, "a"))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("User.userId: the key is 2049 bytes; DynamoDB's limit is 2048 bytes for a partition key");
        // The limits themselves are keys DynamoDB stores.
        String longest = "p".repeat(2048);
        String longestSort = "\u00e9".repeat(512);
        users.batchSave(List.of(User.of(longest, longestSort, "Z")));
        assertThat(users.get(longest, longestSort)).isPresent();
    }

    @Test
    void generatedKeysAndTimestampsAreFilled() {
        List<Product> stored = mode.items(dyn, Product.class)
                .batchSave(List.of(new Product(null, "a", null, null), new Product(null, "b", null, null)));
        assertThat(stored).allSatisfy(p -> {
            assertThat(p.productId()).isNotNull();
            assertThat(p.createdAt()).isNotNull();
            assertThat(p.updatedAt()).isEqualTo(p.createdAt());
        });
        assertThat(mode.items(dyn, Product.class)
                        .batchGet(
                                stored.stream().map(p -> Key.of(p.productId())).toList()))
                .isEqualTo(stored);
    }

    @Test
    void aTableWriterSendsEvery25AndTheRestOnClose() {
        String team = id();
        TableWriter<User> writer = users.batchWriter();
        List<User> people = people(team, 60);
        for (int i = 0; i < 50; i++) {
            assertThat(writer.save(people.get(i)).version()).isEqualTo(1L);
        }
        if (mode == Mode.SYNC) {
            assertThat(count(users.tableName(), team)).isEqualTo(50);
        }
        people.subList(50, 60).forEach(writer::save);
        writer.delete(Key.of(team, "u0@example.com"));
        writer.delete(people.get(1));
        writer.close();
        assertThat(count(users.tableName(), team)).isEqualTo(58);
    }

    @Test
    void aWriterMixesModelsAndTablesAndAGetReadsThemTyped() throws Throwable {
        String team = id();
        Writer writer = mode.batchWriter(dyn);
        List<Object> saved = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            saved.add(writer.save(User.of(team, "m" + i + "@b.c", "M" + i)));
            saved.add(writer.save(Stock.of(team, "w" + i)));
        }
        Product product = writer.save(new Product(null, team, null, null));
        writer.delete(User.class, Key.of(team, "m0@b.c"));
        writer.delete(Stock.of(team, "w1"));
        writer.close();

        BatchGetResult result = mode.batchGet(
                dyn,
                BatchGet.of(User.class, List.of(Key.of(team, "m0@b.c"), Key.of(team, "m1@b.c"))),
                BatchGet.of(Stock.class, List.of(Key.of(team, "w1"), Key.of(team, "w2")))
                        .consistentRead(),
                BatchGet.of(Product.class, List.of(Key.of(product.productId()))));
        assertThat(result.items(User.class)).containsExactly((User) saved.get(2));
        assertThat(result.items(Stock.class)).extracting(Stock::warehouse).containsExactly("w2");
        assertThat(result.items(Product.class)).containsExactly(product);
        assertThatThrownBy(() -> result.items(Customer.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the batch get read no keys of Customer; it read [Product, Stock, User]");
    }

    @Test
    void polymorphicBatchesReadSubtypesAndViewsKeepToTheirOwn() {
        String pk = id();
        Items<AppEntity> app = mode.items(dyn, AppEntity.class);
        app.batchSave(List.of(
                new Customer(pk, "C", "Ada"),
                new Order(pk, "O1", BigDecimal.ONE),
                new Order(pk, "O2", BigDecimal.TEN)));
        List<Key> keys = List.of(Key.of(pk, "O2"), Key.of(pk, "C"), Key.of(pk, "O1"));
        assertThat(app.batchGet(keys))
                .containsExactly(
                        new Order(pk, "O2", BigDecimal.TEN),
                        new Customer(pk, "C", "Ada"),
                        new Order(pk, "O1", BigDecimal.ONE));
        assertThat(mode.items(dyn, Order.class).batchGet(keys))
                .extracting(Order::sk)
                .containsExactly("O2", "O1");
        assertThat(mode.items(dyn, Customer.class).batchGet(keys))
                .extracting(Customer::name)
                .containsExactly("Ada");
    }
}
