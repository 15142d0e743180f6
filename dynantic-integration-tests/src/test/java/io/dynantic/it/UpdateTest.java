package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.ConditionFailedException;
import io.dynantic.Dynantic;
import io.dynantic.ItemValidationException;
import io.dynantic.Key;
import io.dynantic.OptimisticLockException;
import io.dynantic.ReturnValue;
import io.dynantic.UpdatedAttributes;
import io.dynantic.expression.Attribute;
import io.dynantic.it.model.Account;
import io.dynantic.it.model.Account_;
import io.dynantic.it.model.Address;
import io.dynantic.it.model.Address_;
import io.dynantic.it.model.Product;
import io.dynantic.it.model.Product_;
import io.dynantic.it.model.User;
import io.dynantic.it.model.UserStatus;
import io.dynantic.it.model.User_;
import io.dynantic.it.twin.Items;
import io.dynantic.it.twin.Mode;
import io.dynantic.it.twin.Update;
import io.dynantic.testing.DynamoTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The update builder, asserting the stored item with the raw client as well as through the model. */
@DynamoTest(models = {User.class, Product.class, Account.class})
@ParameterizedClass
@EnumSource(Mode.class)
class UpdateTest {
    @Parameter
    Mode mode;

    private Items<User> users;
    private DynamoDbClient raw;
    private String id;

    @BeforeEach
    void setUp(Dynantic dyn, DynamoDbClient raw) {
        this.users = mode.items(dyn, User.class);
        this.raw = raw;
        this.id = UUID.randomUUID().toString();
    }

    private User saved(User user) {
        return users.save(user);
    }

    private User ada() {
        return saved(User.of(id, "a@b.c", "Ada"));
    }

    private Map<String, AttributeValue> stored() {
        return raw.getItem(r -> r.tableName(users.tableName())
                        .key(Map.of("userId", AttributeValue.fromS(id), "email", AttributeValue.fromS("a@b.c"))))
                .item();
    }

    private User read() {
        return users.get(id, "a@b.c").orElseThrow();
    }

    @Test
    void oneShapeCarriesEachCallsOwnValues() {
        // Updates of one shape share a plan (expression and placeholders); the values must be each call's own.
        ada();
        updateOfOneShape(UserStatus.ACTIVE, 2, "first", "One");
        updateOfOneShape(UserStatus.BANNED, 3, "second", "Two");
        User user = read();
        assertThat(user.status()).isEqualTo(UserStatus.BANNED);
        assertThat(user.loginCount()).isEqualTo(5);
        assertThat(user.history()).containsExactly("first", "second");
        assertThat(user.name()).isEqualTo("Two");
    }

    @Test
    void oneShapeWithAndWithoutAStoredValue() {
        // The plan of a shape assumes every value is stored; an empty set in one call must not leak into the next.
        ada();
        updateTagsAndName(Set.of("vip"), "One");
        assertThat(read().tags()).containsExactly("vip");
        updateTagsAndName(Set.of(), "Two");
        assertThat(stored()).doesNotContainKey("tags");
        assertThat(read().name()).isEqualTo("Two");
        updateTagsAndName(Set.of("new"), "Three");
        assertThat(read().tags()).containsExactly("new");
        assertThat(read().name()).isEqualTo("Three");
    }

    private void updateTagsAndName(Set<String> tags, String name) {
        users.update(id, "a@b.c").set(User_.tags, tags).set(User_.name, name).execute();
    }

    private void updateOfOneShape(UserStatus status, int logins, String entry, String name) {
        users.update(id, "a@b.c")
                .set(User_.status, status)
                .increment(User_.loginCount, logins)
                .append(User_.history, List.of(entry))
                .set(User_.name, name)
                .execute();
    }

    @Test
    void setStoresUnderTheStoredNameAsAPutWould() {
        ada();
        Instant login = Instant.parse("2024-03-01T12:00:00Z");
        Instant expires = Instant.parse("2030-01-01T00:00:30.5Z");
        users.update(id, "a@b.c")
                .set(User_.name, "Ada L.")
                .set(User_.loginCount, 7)
                .set(User_.lastLogin, login)
                .set(User_.expiresAt, expires)
                .set(User_.status, UserStatus.BANNED)
                .execute();
        Map<String, AttributeValue> item = stored();
        assertThat(item.get("name").s()).isEqualTo("Ada L.");
        assertThat(item.get("login_count").n()).isEqualTo("7");
        assertThat(item).doesNotContainKey("loginCount");
        assertThat(item.get("lastLogin").s()).isEqualTo("2024-03-01T12:00:00.000000000Z");
        assertThat(item.get("expiresAt").n()).isEqualTo(Long.toString(expires.getEpochSecond()));
        assertThat(item.get("status").s()).isEqualTo("BANNED");
        User user = read();
        assertThat(user.name()).isEqualTo("Ada L.");
        assertThat(user.loginCount()).isEqualTo(7);
        assertThat(user.lastLogin()).isEqualTo(login);
        assertThat(user.expiresAt()).isEqualTo(Instant.parse("2030-01-01T00:00:30Z"));
        assertThat(user.status()).isEqualTo(UserStatus.BANNED);
    }

    @Test
    void setNullOrAnEmptySetRemovesTheAttribute() {
        saved(new User(
                id,
                "a@b.c",
                "Ada",
                UserStatus.ACTIVE,
                null,
                BigDecimal.ONE,
                Set.of("vip"),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                0));
        users.update(id, "a@b.c")
                .set(User_.balance, null)
                .set(User_.tags, Set.of())
                .execute();
        assertThat(stored()).doesNotContainKeys("balance", "tags");
        assertThat(read().balance()).isNull();
        assertThat(read().tags()).isEmpty();
    }

    @Test
    void setIfNotExistsNeverOverwrites() {
        ada();
        Instant first = Instant.parse("2020-01-01T00:00:00Z");
        users.update(id, "a@b.c").setIfNotExists(User_.createdAt, first).execute();
        users.update(id, "a@b.c")
                .setIfNotExists(User_.createdAt, Instant.now())
                .setIfNotExists(User_.name, "X")
                .execute();
        assertThat(read().createdAt()).isEqualTo(first);
        assertThat(read().name()).isEqualTo("Ada");
    }

    @Test
    void nestedPathsAndWholeNestedModels() {
        ada();
        users.update(id, "a@b.c")
                .set(User_.address, new Address("1 Main St", "Leeds", "LS1", Set.of("home")))
                .execute();
        Map<String, AttributeValue> address = stored().get("address").m();
        assertThat(address.get("city").s()).isEqualTo("Leeds");
        assertThat(address.get("labels").ss()).containsExactly("home");

        users.update(id, "a@b.c")
                .set(User_.address.then(Address_.city), "London")
                .remove(User_.address.then(Address_.zip))
                .add(User_.address.then(Address_.labels), Set.of("work"))
                .execute();
        assertThat(read().address()).isEqualTo(new Address("1 Main St", "London", null, Set.of("home", "work")));
        assertThat(stored().get("address").m()).doesNotContainKey("zip");
    }

    @Test
    void addToNumbersAndSetsAndDeleteFromSets() {
        ada();
        users.update(id, "a@b.c")
                .add(User_.loginCount, 2)
                .add(User_.balance, new BigDecimal("1.25"))
                .add(User_.tags, Set.of("vip", "beta"))
                .execute();
        users.update(id, "a@b.c")
                .add(User_.loginCount, 3)
                .delete(User_.tags, Set.of("beta"))
                .execute();
        assertThat(stored().get("login_count").n()).isEqualTo("5");
        assertThat(stored().get("tags").ss()).containsExactly("vip");
        User user = read();
        assertThat(user.loginCount()).isEqualTo(5);
        assertThat(user.balance()).isEqualByComparingTo("1.25");
        assertThat(user.tags()).containsExactly("vip");
    }

    @Test
    void addingOrDeletingNoElementsChangesNothing() {
        saved(User.of(id, "a@b.c", "Ada"));
        users.update(id, "a@b.c")
                .add(User_.tags, Set.of())
                .delete(User_.tags, Set.of())
                .execute();
        assertThat(stored()).doesNotContainKey("tags");
        assertThat(read().version()).isEqualTo(2L);
    }

    @Test
    void appendAndPrependToAbsentAndExistingLists() {
        ada();
        users.update(id, "a@b.c").append(User_.history, List.of("login")).execute();
        users.update(id, "a@b.c")
                .append(User_.history, List.of("logout", "login"))
                .execute();
        users.update(id, "a@b.c").prepend(User_.history, List.of("signup")).execute();
        assertThat(read().history()).containsExactly("signup", "login", "logout", "login");
        assertThat(stored().get("history").l()).hasSize(4);
    }

    @Test
    void listElementsBySetAndRemove() {
        saved(new User(
                id,
                "a@b.c",
                "Ada",
                UserStatus.ACTIVE,
                null,
                null,
                Set.of(),
                null,
                List.of("a", "b", "c"),
                null,
                null,
                null,
                null,
                null,
                0));
        users.update(id, "a@b.c").set(User_.history.index(1), "B").execute();
        users.update(id, "a@b.c").remove(User_.history.index(0)).execute();
        assertThat(read().history()).containsExactly("B", "c");
    }

    @Test
    void incrementAndDecrementStartFromZero() {
        ada();
        users.update(id, "a@b.c").increment(User_.balance, BigDecimal.TEN).execute();
        users.update(id, "a@b.c")
                .decrement(User_.balance, new BigDecimal("2.5"))
                .execute();
        users.update(id, "a@b.c").decrement(User_.loginCount, 3).execute();
        assertThat(stored().get("balance").n()).isEqualTo("7.5");
        assertThat(read().balance()).isEqualByComparingTo("7.5");
        assertThat(read().loginCount()).isEqualTo(-3);
    }

    @Test
    void conditionsAndTogether() {
        User stored = ada();
        assertThatThrownBy(() -> users.update(id, "a@b.c")
                        .set(User_.name, "Bob")
                        .condition(User_.status.eq(UserStatus.ACTIVE))
                        .condition(User_.loginCount.gt(0))
                        .execute())
                .isInstanceOf(ConditionFailedException.class)
                .isNotInstanceOf(OptimisticLockException.class)
                .hasMessage("update on table " + users.tableName() + ": the condition was not met")
                .satisfies(e ->
                        assertThat(((ConditionFailedException) e).<User>item()).contains(stored));
        assertThat(read().name()).isEqualTo("Ada");
        users.update(id, "a@b.c")
                .set(User_.name, "Bob")
                .condition(User_.status.eq(UserStatus.ACTIVE))
                .condition(User_.loginCount.eq(0))
                .execute();
        assertThat(read().name()).isEqualTo("Bob");
    }

    @Test
    void returningWholeItems() {
        assertThat(users.update(id, "a@b.c")
                        .set(User_.name, "Ada")
                        .returning(ReturnValue.ALL_OLD)
                        .execute())
                .isEmpty();
        Optional<User> after = users.update(Key.of(id, "a@b.c"))
                .add(User_.loginCount, 1)
                .returning(ReturnValue.ALL_NEW)
                .execute();
        assertThat(after).hasValueSatisfying(u -> {
            assertThat(u.name()).isEqualTo("Ada");
            assertThat(u.loginCount()).isEqualTo(1);
            assertThat(u.version()).isEqualTo(2L);
        });
        Optional<User> before = users.update(id, "a@b.c")
                .set(User_.name, "Bob")
                .returning(ReturnValue.ALL_OLD)
                .execute();
        assertThat(before.map(User::name)).contains("Ada");
        assertThat(users.update(id, "a@b.c").set(User_.name, "Cy").execute()).isEmpty();
    }

    @Test
    void returningUpdatedAttributes() {
        saved(new User(
                id,
                "a@b.c",
                "Ada",
                UserStatus.ACTIVE,
                null,
                null,
                Set.of(),
                new Address("1 Main St", "Leeds", "LS1", Set.of()),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                4));
        UpdatedAttributes<User> updated = users.update(id, "a@b.c")
                .add(User_.loginCount, 1)
                .set(User_.address.then(Address_.city), "York")
                .returning(ReturnValue.UPDATED_NEW)
                .executeForAttributes();
        assertThat(updated.get(User_.loginCount)).contains(5);
        assertThat(updated.get(User_.address.then(Address_.city))).contains("York");
        assertThat(updated.get(User_.version)).contains(2L);
        assertThat(updated.get(User_.name)).isEmpty();
        assertThat(updated.contains(User_.name)).isFalse();
        assertThat(updated.asMap().get("login_count").n()).isEqualTo("5");

        UpdatedAttributes<User> old = users.update(id, "a@b.c")
                .set(User_.name, "Bob")
                .returning(ReturnValue.UPDATED_OLD)
                .executeForAttributes();
        assertThat(old.get(User_.name)).contains("Ada");

        assertThat(users.update(id, "a@b.c")
                        .set(User_.name, "Cy")
                        .executeForAttributes()
                        .isEmpty())
                .isTrue();
    }

    @Test
    void executeAsksForAttributesWhenTheyAreWhatComesBack() {
        ada();
        assertThatThrownBy(() -> users.update(id, "a@b.c")
                        .set(User_.name, "Bob")
                        .returning(ReturnValue.UPDATED_NEW)
                        .execute())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("returning(UPDATED_NEW) gives the updated attributes, not an item;"
                        + " call executeForAttributes()");
        assertThat(read().name()).isEqualTo("Ada");
    }

    @Test
    void keysVersionsAndOverlapsAreRejectedBeforeSending() {
        ada();
        assertThatThrownBy(() -> users.update(id, "a@b.c")
                        .set(User_.userId, "other")
                        .set(User_.email, "x@y.z")
                        .add(Attribute.number("version"), 5)
                        .set(User_.address, new Address("a", "b", "c", Set.of()))
                        .set(User_.address.then(Address_.city), "London")
                        .add(User_.loginCount, 1)
                        .decrement(User_.loginCount, 1)
                        .execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("5 problems:"
                        + "\n  User.userId: the partition key cannot be updated; DynamoDB keys are immutable"
                        + " (save a new item and delete the old one)"
                        + "\n  User.email: the sort key cannot be updated; DynamoDB keys are immutable"
                        + " (save a new item and delete the old one)"
                        + "\n  User.version: the @Version field is managed by the library; every update"
                        + " increments it"
                        + "\n  User.address.city: overlaps address in one update; DynamoDB allows one action per"
                        + " attribute path"
                        + "\n  User.loginCount: is updated twice in one update; DynamoDB allows one action per"
                        + " attribute path");
        assertThat(read()).isEqualTo(users.get(id, "a@b.c").orElseThrow());
        assertThat(read().version()).isEqualTo(1L);
    }

    @Test
    void valuesAreValidatedBeforeSending() {
        ada();
        assertThatThrownBy(() -> users.update(id, "a@b.c")
                        .set(User_.name, " ")
                        .set(User_.address.then(Address_.zip), "far too long for a zip")
                        .set(User_.statusKey, "")
                        .increment(User_.balance, new BigDecimal("1E+200"))
                        .add(User_.tags, Set.of("ok"))
                        .execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage(
                        "4 problems:"
                                + "\n  User.name: must not be blank"
                                + "\n  User.address.zip: size must be between 0 and 10"
                                + "\n  User.statusKey: an index key cannot be empty; set null to leave the item out of"
                                + " the index"
                                + "\n  User.balance: 1E+200 is out of DynamoDB's number range (magnitude 1E-130 to below 1E+126)");
        assertThat(read().name()).isEqualTo("Ada");
        assertThat(read().tags()).isEmpty();
    }

    @Test
    void valuesBeyondTheItemLimitAreRefusedBeforeSendingTheConditionsIncluded() {
        ada();
        // The update's values are small; the condition's make more than an item can hold.
        assertThatThrownBy(() -> users.update(id, "a@b.c")
                        .set(User_.name, "Ada Lovelace")
                        .condition(User_.name.ne("y".repeat(450_000)))
                        .execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("User: the update's values are 450023 bytes; DynamoDB's item limit is 400 KB (409600"
                        + " bytes)");
        assertThat(read().name()).isEqualTo("Ada");
    }

    @Test
    void aListElementSetToNullIsStoredAsNullAndTheOthersStayWhereTheyWere() {
        ada();
        users.update(id, "a@b.c").set(User_.history, List.of("a", "b", "c")).execute();
        users.update(id, "a@b.c").set(User_.history.index(0), null).execute();
        assertThat(read().history()).containsExactly(null, "b", "c");
        users.update(id, "a@b.c").set(User_.history.index(2), "z").execute();
        assertThat(read().history()).containsExactly(null, "b", "z");
        // remove takes the element out, as DynamoDB's REMOVE does.
        users.update(id, "a@b.c").remove(User_.history.index(0)).execute();
        assertThat(read().history()).containsExactly("b", "z");
    }

    @Test
    void anExpressionOver4KbIsRefusedBeforeSending() {
        ada();
        Update<User> update = users.update(id, "a@b.c");
        for (int i = 0; i < 400; i++) {
            update.set(User_.history.index(i), "x");
        }
        assertThatThrownBy(update::execute)
                .isInstanceOf(ItemValidationException.class)
                .message()
                .matches("User: the expression is \\d+ bytes; DynamoDB's limit is 4 KB \\(4096 bytes\\)");
        assertThat(read().history()).isEmpty();
    }

    @Test
    void untypedAttributesStillTakeOnlyTheFieldsType() {
        ada();
        assertThatThrownBy(() -> users.update(id, "a@b.c")
                        .set(Attribute.named("login_count"), "many")
                        .execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("User.loginCount: a value of type String was given, but the field is int");
        users.update(id, "a@b.c")
                .set(Attribute.named("login_count"), 9)
                .set(Attribute.named("legacy"), "x")
                .execute();
        assertThat(read().loginCount()).isEqualTo(9);
        assertThat(stored().get("legacy").s()).isEqualTo("x");
    }

    @Test
    void removingARequiredFieldIsRefusedBeforeSending() {
        ada();
        assertThatThrownBy(() -> users.update(id, "a@b.c")
                        .set(User_.name, null)
                        .remove(User_.loginCount)
                        .execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("2 problems:"
                        + "\n  User.name: must not be blank"
                        + "\n  User.loginCount: a primitive int cannot be absent; set a value instead of removing it");
        assertThat(read().name()).isEqualTo("Ada");
    }

    @Test
    void updateOfAMissingItemCreatesItUnlessAConditionSaysOtherwise() {
        // The new item holds the key and what the update sets: here every field the model requires.
        users.update(id, "a@b.c")
                .set(User_.name, "Ada")
                .set(User_.loginCount, 0)
                .execute();
        User created = read();
        assertThat(created.name()).isEqualTo("Ada");
        assertThat(created.version()).isEqualTo(1L);

        String other = UUID.randomUUID().toString();
        assertThatThrownBy(() -> users.update(other, "a@b.c")
                        .set(User_.name, "Nobody")
                        .condition(User_.userId.exists())
                        .execute())
                .isInstanceOf(ConditionFailedException.class);
        assertThat(users.get(other, "a@b.c")).isEmpty();
    }

    @Test
    void updateIncrementsTheVersionAtomically() {
        ada();
        users.update(id, "a@b.c").set(User_.name, "B").execute();
        users.update(id, "a@b.c").set(User_.name, "C").execute();
        assertThat(stored().get("version").n()).isEqualTo("3");
        assertThat(read().version()).isEqualTo(3L);
    }

    @Test
    void patchChecksTheItemsVersion() {
        User v1 = ada();
        User v2 = users.patch(v1)
                .set(User_.name, "Bob")
                .returning(ReturnValue.ALL_NEW)
                .execute()
                .orElseThrow();
        assertThat(v2.version()).isEqualTo(2L);
        assertThat(v2.name()).isEqualTo("Bob");
        assertThatThrownBy(() -> users.patch(v1).set(User_.name, "Stale").execute())
                .isInstanceOf(OptimisticLockException.class)
                .hasMessage("patch on table " + users.tableName() + ": expected version 1 but the stored version is 2");
        assertThatThrownBy(() ->
                        users.patch(v1.withVersion(null)).set(User_.name, "New").execute())
                .isInstanceOf(OptimisticLockException.class)
                .hasMessage("patch on table " + users.tableName()
                        + ": expected version none (a new item) but the stored version is 2");
        assertThatThrownBy(() -> users.patch(v2)
                        .set(User_.name, "Cy")
                        .condition(User_.status.eq(UserStatus.BANNED))
                        .execute())
                .isInstanceOf(ConditionFailedException.class)
                .isNotInstanceOf(OptimisticLockException.class);
        users.patch(v2)
                .set(User_.name, "Cy")
                .condition(User_.status.eq(UserStatus.ACTIVE))
                .execute();
        assertThat(read().name()).isEqualTo("Cy");
        assertThat(read().version()).isEqualTo(3L);
    }

    @Test
    void patchOfANewVersionedItemStartsAtOne() {
        users.patch(User.of(id, "a@b.c", "Ada"))
                .set(User_.name, "Ada")
                .add(User_.loginCount, 0)
                .execute();
        assertThat(read().version()).isEqualTo(1L);
    }

    @Test
    void patchOnABeanWithAnIntegerVersion(Dynantic dyn) {
        Items<Account> accounts = mode.items(dyn, Account.class);
        Account saved = accounts.save(new Account("acc-" + id, 10));
        accounts.patch(saved).decrement(Account_.balance, 4L).execute();
        Account read = accounts.get(saved.getId()).orElseThrow();
        assertThat(read.getBalance()).isEqualTo(6);
        assertThat(read.getVersion()).isEqualTo(2);
        assertThatThrownBy(
                        () -> accounts.patch(saved).set(Account_.balance, -1L).execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Account.balance: must be greater than or equal to 0");
    }

    @Test
    void timestampsOnUpdate(Dynantic dyn) {
        Items<Product> products = mode.items(dyn, Product.class);
        Product created = products.create(new Product(null, "Widget", null, null));
        products.update(created.productId()).set(Product_.name, "Gadget").execute();
        Product read = products.get(created.productId()).orElseThrow();
        assertThat(read.createdAt()).isEqualTo(created.createdAt());
        assertThat(read.updatedAt()).isAfter(created.updatedAt());

        String fresh = UUID.randomUUID().toString();
        products.update(fresh).set(Product_.name, "Fresh").execute();
        Product upserted = products.get(fresh).orElseThrow();
        assertThat(upserted.createdAt()).isNotNull().isEqualTo(upserted.updatedAt());
    }
}
