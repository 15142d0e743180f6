package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.ConditionFailedException;
import io.dynantic.Dynantic;
import io.dynantic.ItemValidationException;
import io.dynantic.Key;
import io.dynantic.OptimisticLockException;
import io.dynantic.it.model.Account;
import io.dynantic.it.model.Account_;
import io.dynantic.it.model.Product;
import io.dynantic.it.model.Ticket;
import io.dynantic.it.model.User;
import io.dynantic.it.model.UserStatus;
import io.dynantic.it.model.User_;
import io.dynantic.it.twin.Items;
import io.dynantic.it.twin.Mode;
import io.dynantic.testing.DynamoTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoTest(models = {User.class, Product.class, Ticket.class, Account.class})
@ParameterizedClass
@EnumSource(Mode.class)
class ItemOperationsTest {
    @Parameter
    Mode mode;

    private Items<User> users;

    @BeforeEach
    void setUp(Dynantic dyn) {
        users = mode.items(dyn, User.class);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    @Test
    void saveThenGetReturnsTheItem() {
        String id = id();
        User saved = users.save(User.of(id, "a@b.c", "Ada"));
        assertThat(saved.version()).isEqualTo(1L);
        assertThat(users.get(id, "a@b.c")).contains(saved);
        assertThat(users.get(Key.of(id, "a@b.c"))).contains(saved);
    }

    @Test
    void saveReturnsInstantsAsStored() {
        String id = id();
        Instant expires = Instant.parse("2030-01-01T00:00:00.900Z"); // a TTL is stored in epoch seconds
        User expiring = User.of(id, "a@b.c", "Ada").withExpiresAt(expires);

        User saved = users.save(expiring);
        assertThat(saved.expiresAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(users.get(id, "a@b.c")).contains(saved);
        List<User> batched = users.batchSave(List.of(expiring.withVersion(saved.version())));
        assertThat(batched.get(0).expiresAt()).isEqualTo(saved.expiresAt());
    }

    @Test
    void getOfAMissingItemIsEmpty() {
        assertThat(users.get(id(), "nobody")).isEmpty();
    }

    @Test
    void existsAndDelete() {
        String id = id();
        users.save(User.of(id, "a@b.c", "Ada"));
        assertThat(users.exists(Key.of(id, "a@b.c"))).isTrue();
        users.delete(id, "a@b.c");
        assertThat(users.exists(Key.of(id, "a@b.c"))).isFalse();
        users.delete(id, "a@b.c"); // deleting nothing is fine
    }

    @Test
    void conditionalSaveThatFailsCarriesTheStoredItem() {
        String id = id();
        User stored = users.save(User.of(id, "a@b.c", "Ada"));
        assertThatThrownBy(() -> users.save(stored.withName("Bob"), User_.status.eq(UserStatus.BANNED)))
                .isInstanceOf(ConditionFailedException.class)
                .isNotInstanceOf(OptimisticLockException.class)
                .satisfies(e ->
                        assertThat(((ConditionFailedException) e).<User>item()).contains(stored));
        assertThat(users.get(id, "a@b.c").map(User::name)).contains("Ada");
    }

    @Test
    void conditionalSaveThatHolds() {
        String id = id();
        User stored = users.save(User.of(id, "a@b.c", "Ada"));
        User updated = users.save(stored.withName("Bob"), User_.status.eq(UserStatus.ACTIVE));
        assertThat(updated.version()).isEqualTo(2L);
        assertThat(users.get(id, "a@b.c")).contains(updated);
    }

    @Test
    void createGeneratesTheKeyAndRefusesAnExistingOne(Dynantic dyn) {
        Items<Product> products = mode.items(dyn, Product.class);
        Product created = products.create(new Product(null, "Widget", null, null));
        assertThat(created.productId()).isNotNull();
        assertThat(UUID.fromString(created.productId())).isNotNull();
        assertThat(created.createdAt()).isNotNull();
        assertThat(created.updatedAt()).isEqualTo(created.createdAt());
        assertThat(products.get(created.productId())).contains(created);
        assertThatThrownBy(() -> products.create(created))
                .isInstanceOf(ConditionFailedException.class)
                .hasMessage("create on table " + products.tableName() + ": an item with this key already exists");
    }

    @Test
    void autoUuidFillsEveryNullKey(Dynantic dyn) {
        Items<Ticket> tickets = mode.items(dyn, Ticket.class);
        Ticket saved = tickets.save(new Ticket(null, null, "Broken"));
        assertThat(saved.queue()).isNotNull();
        assertThat(saved.ticketId()).isNotNull();
        assertThat(tickets.get(saved.queue(), saved.ticketId())).contains(saved);
        UUID queue = UUID.randomUUID();
        Ticket kept = tickets.save(new Ticket(queue, null, "Kept queue"));
        assertThat(kept.queue()).isEqualTo(queue);
    }

    @Test
    void optimisticLockingOnSaveAndDelete() {
        String id = id();
        User first = users.save(User.of(id, "a@b.c", "Ada"));
        User second = users.save(first.withName("Bob"));
        assertThatThrownBy(() -> users.save(first.withName("Stale")))
                .isInstanceOf(OptimisticLockException.class)
                .hasMessage("save on table " + users.tableName() + ": expected version 1 but the stored version is 2");
        assertThatThrownBy(() -> users.save(User.of(id, "a@b.c", "New again")))
                .isInstanceOf(OptimisticLockException.class)
                .hasMessage("save on table " + users.tableName()
                        + ": expected version none (a new item) but the stored version is 2");
        assertThatThrownBy(() -> users.delete(first)).isInstanceOf(OptimisticLockException.class);
        users.delete(second);
        assertThat(users.get(id, "a@b.c")).isEmpty();
    }

    @Test
    void deleteWithConditions() {
        String id = id();
        users.save(User.of(id, "a@b.c", "Ada"));
        assertThatThrownBy(() -> users.delete(Key.of(id, "a@b.c"), User_.status.eq(UserStatus.BANNED)))
                .isInstanceOf(ConditionFailedException.class);
        users.delete(Key.of(id, "a@b.c"), User_.status.eq(UserStatus.ACTIVE));
        assertThat(users.get(id, "a@b.c")).isEmpty();
    }

    @Test
    void javaBeanModelsWork(Dynantic dyn) {
        Items<Account> accounts = mode.items(dyn, Account.class);
        Account saved = accounts.save(new Account("acc-" + id(), 10));
        assertThat(saved.getVersion()).isEqualTo(1);
        Optional<Account> read = accounts.get(saved.getId());
        assertThat(read).hasValueSatisfying(a -> {
            assertThat(a.getBalance()).isEqualTo(10);
            assertThat(a.isActive()).isTrue();
            assertThat(a.getVersion()).isEqualTo(1);
        });
        accounts.save(read.get(), Account_.balance.ge(5L));
        assertThat(accounts.get(saved.getId()).map(Account::getVersion)).contains(2);

        // A field's initial value does not stand in for an attribute that is not stored.
        Account noNote = new Account("acc-" + id(), 1);
        noNote.setNote(null);
        accounts.save(noNote);
        assertThat(accounts.get(noNote.getId()).orElseThrow().getNote()).isNull();
    }

    @Test
    void invalidItemsAreRejectedBeforeSending(DynamoDbClient raw) {
        String id = id();
        assertThatThrownBy(() -> users.save(User.of(id, "a@b.c", " ")))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("User.name: must not be blank");
        assertThatThrownBy(() -> users.save(User.of(null, "", "Ada")))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("2 problems:\n  User.userId: the partition key is null; every item needs one"
                        + "\n  User.email: the key is an empty string; DynamoDB keys cannot be empty");
        assertThat(users.get(id, "a@b.c")).isEmpty();
    }
}
