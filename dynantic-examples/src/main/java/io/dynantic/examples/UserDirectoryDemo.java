package io.dynantic.examples;

import io.dynantic.AsyncTable;
import io.dynantic.ConditionFailedException;
import io.dynantic.Dynantic;
import io.dynantic.ItemValidationException;
import io.dynantic.Key;
import io.dynantic.OptimisticLockException;
import io.dynantic.Page;
import io.dynantic.ReturnValue;
import io.dynantic.Table;
import io.dynantic.TableBatchWriter;
import io.dynantic.TransactGet;
import io.dynantic.TransactGetResult;
import io.dynantic.TransactPut;
import io.dynantic.TransactUpdate;
import io.dynantic.TransactionCanceledException;
import io.dynantic.UpdatedAttributes;
import io.dynantic.examples.Member.Office;
import io.dynantic.examples.Member.Role;
import io.dynantic.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A small user directory on a local DynamoDB-compatible server: creates its table, stores members,
 * reads them back, updates them in place, and shows conditions, optimistic locking and validation at
 * work.
 */
public final class UserDirectoryDemo {
    private UserDirectoryDemo() {}

    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        try (LocalDynamoDb db = LocalDynamoDb.start()) {
            System.out.println("Local DynamoDB: " + db);
            Dynantic dyn = Dynantic.builder()
                    .client(db.client())
                    .asyncClient(db.asyncClient())
                    .tableNamePrefix("demo_")
                    .build();
            run(dyn, db);
        }
    }

    @SuppressWarnings("try") // javac -Xlint:try flags the scope, which the block uses implicitly
    static void run(Dynantic dyn, LocalDynamoDb db) {
        Table<Member> members = dyn.table(Member.class);
        members.createTableIfNotExists();
        section("Table " + members.tableName() + " created: partition key team, sort key email, index by-role, TTL");

        Member ada = members.save(Member.joining(
                "platform",
                "ada@example.com",
                "Ada Lovelace",
                Role.ENGINEER,
                Instant.parse("2021-03-01T09:00:00Z"),
                Set.of("java", "dynamodb")));
        Member grace = members.save(Member.joining(
                "platform",
                "grace@example.com",
                "Grace Hopper",
                Role.MANAGER,
                Instant.parse("2019-07-15T08:30:00Z"),
                Set.of("cobol", "leadership")));
        members.save(Member.joining(
                "design",
                "alan@example.com",
                "Alan Kay",
                Role.DESIGNER,
                Instant.parse("2022-11-02T10:00:00Z"),
                Set.of()));
        System.out.println("saved " + ada.name() + " (version " + ada.version() + ", created " + ada.createdAt() + ")");
        System.out.println("saved " + grace.name() + " (version " + grace.version() + ")");

        section("How an item is stored");
        Map<String, AttributeValue> raw = db.client()
                .getItem(r -> r.tableName(members.tableName())
                        .key(Map.of(
                                "team", AttributeValue.fromS("platform"),
                                "email", AttributeValue.fromS("ada@example.com"))))
                .item();
        new java.util.TreeMap<>(raw).forEach((name, value) -> System.out.println("  " + name + " = " + value));

        section("Reading back");
        System.out.println("get(platform, ada@example.com) -> "
                + members.get("platform", "ada@example.com").map(Member::name).orElse("none"));
        System.out.println(
                "exists(design, nobody@example.com) -> " + members.exists(Key.of("design", "nobody@example.com")));

        section("Conditional writes");
        Member moved =
                members.save(ada.withOffice(new Office("London", "King's Cross")), Member_.role.eq(Role.ENGINEER));
        System.out.println("moved Ada to " + moved.office().city() + " because she is an engineer (version "
                + moved.version() + ")");
        try {
            members.delete(Key.of("platform", "grace@example.com"), Member_.skills.contains("java"));
        } catch (ConditionFailedException e) {
            System.out.println("kept Grace: " + e.getMessage());
            System.out.println("  the stored item came back with the error: "
                    + e.<Member>item().map(Member::name).orElse("none"));
        }

        section("Optimistic locking");
        try {
            members.save(ada.withName("Ada (stale copy)"));
        } catch (OptimisticLockException e) {
            System.out.println("refused a stale write: " + e.getMessage());
        }

        section("Updates without reading first");
        Key adaKey = Key.of("platform", "ada@example.com");
        for (int i = 0; i < 3; i++) {
            members.update(adaKey).add(Member_.loginCount, 1).execute(); // atomic counter
        }
        members.update(adaKey).delete(Member_.skills, Set.of("dynamodb")).execute();
        Member updated = members.update(adaKey)
                .add(Member_.skills, Set.of("kotlin"))
                .append(Member_.history, List.of("logged in 3 times"))
                .set(Member_.office.then(Member_Office_.city), "Cambridge")
                .returning(ReturnValue.ALL_NEW)
                .execute()
                .orElseThrow();
        System.out.println("logins " + updated.loginCount() + ", skills " + new TreeSet<>(updated.skills())
                + ", history " + updated.history() + ", office in "
                + updated.office().city() + " (version "
                + updated.version() + ")");
        UpdatedAttributes<Member> changed = members.update(adaKey)
                .increment(Member_.loginCount, 10)
                .returning(ReturnValue.UPDATED_NEW)
                .executeForAttributes();
        System.out.println("increment by 10 returned only what changed: login_count "
                + changed.get(Member_.loginCount).orElseThrow() + ", version "
                + changed.get(Member_.version).orElseThrow());
        try {
            members.patch(moved).set(Member_.name, "Ada (from a stale copy)").execute();
        } catch (OptimisticLockException e) {
            System.out.println("refused a patch of a stale copy: " + e.getMessage());
        }

        section("Queries, indexes, pages and scans");
        for (int i = 1; i <= 5; i++) {
            members.save(Member.joining(
                    "platform",
                    "intern" + i + "@example.com",
                    "Intern " + i,
                    Role.ENGINEER,
                    Instant.parse("2024-06-0" + i + "T09:00:00Z"),
                    Set.of("java")));
        }
        System.out.println(
                "team platform, by e-mail: " + members.query("platform").values(Member_.name));
        System.out.println("engineers who joined since 2024, newest first (index by-role): "
                + members.index("by-role")
                        .query("ENGINEER")
                        .ge(Instant.parse("2024-01-01T00:00:00Z"))
                        .descending()
                        .limit(3)
                        .values(Member_.name));
        System.out.println("e-mails from intern1 to intern3 (sort-key range): "
                + members.query("platform").between("intern1", "intern3~").values(Member_.email));
        String cursor = null;
        int pageNumber = 0;
        do {
            Page<Member> page = members.query("platform").page(3, cursor);
            System.out.println("page " + ++pageNumber + ": "
                    + page.items().stream().map(Member::name).toList()
                    + (page.hasMore() ? ", cursor " + page.cursor() : ", last page"));
            cursor = page.cursor();
        } while (cursor != null);
        System.out.println("engineers on the platform team: "
                + members.query("platform")
                        .filter(Member_.role.eq(Role.ENGINEER))
                        .count());
        System.out.println("members anywhere with a java skill (scan): "
                + members.scan().filter(Member_.skills.contains("java")).count());

        section("Async fan-out and a scoped client");
        AsyncTable<Member> asyncMembers = dyn.asyncTable(Member.class);
        List<CompletableFuture<Optional<Member>>> lookups = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            lookups.add(asyncMembers.get("platform", "intern" + i + "@example.com")); // all in flight at once
        }
        CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new)).join();
        System.out.println("looked up " + lookups.size() + " members concurrently: "
                + lookups.stream()
                        .map(f -> f.join().map(Member::name).orElse("?"))
                        .toList());
        asyncMembers
                .update("platform", "intern1@example.com")
                .set(Member_.name, null)
                .execute()
                .exceptionally(error -> {
                    System.out.println("the async twin fails with the same exception as the sync one: "
                            + error.getClass().getSimpleName() + ": " + error.getMessage());
                    return Optional.empty();
                })
                .join();
        try (Dynantic.Scope scope = Dynantic.using(dyn)) {
            // Active-record methods of models that implement DynamoModel use Dynantic.current().
            Member intern = Dynantic.current()
                    .table(Member.class)
                    .get("platform", "intern2@example.com")
                    .orElseThrow();
            Member promoted = intern.patch()
                    .set(Member_.role, Role.MANAGER)
                    .returning(ReturnValue.ALL_NEW)
                    .execute()
                    .orElseThrow();
            System.out.println("inside a scope, " + promoted.name() + ".patch() made them " + promoted.role());
        }

        section("Batches: chunked, concurrent, retried, nothing lost");
        List<Member> newcomers = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            newcomers.add(Member.joining(
                    "batch", "n" + i + "@example.com", "Newcomer " + i, Role.ENGINEER, Instant.now(), Set.of()));
        }
        List<Member> stored = members.batchSave(newcomers);
        System.out.println("batchSave stored " + stored.size() + " members in chunks of 25 (each at version "
                + stored.get(0).version() + ": batches set versions but cannot check them)");
        List<Member> found = members.batchGet(List.of(
                Key.of("batch", "n42@example.com"), Key.of("platform", "ada@example.com"), Key.of("batch", "nobody")));
        System.out.println("batchGet in the keys' order, missing ones left out: "
                + found.stream().map(Member::name).toList());
        try (TableBatchWriter<Member> writer = members.batchWriter()) {
            for (int i = 1; i <= 60; i++) {
                writer.delete(Key.of("batch", "n" + i + "@example.com"));
            }
        }
        System.out.println("a batch writer deleted 60 of them, 25 at a time; "
                + members.query("batch").count() + " newcomers are left");
        try {
            members.batchSave(List.of(newcomers.get(0), newcomers.get(1).withName(" ")));
        } catch (ItemValidationException e) {
            System.out.println("one invalid item, nothing sent: " + e.getMessage());
        }

        section("Transactions: a purchase debits the wallet and is recorded, all or nothing");
        Table<Wallet> wallets = dyn.table(Wallet.class);
        Table<Purchase> purchases = dyn.table(Purchase.class);
        wallets.createTableIfNotExists();
        purchases.createTableIfNotExists();
        wallets.save(new Wallet("ada", new BigDecimal("50.00"), null));
        buy(dyn, "ada", "keyboard", new BigDecimal("30.00"));
        System.out.println("bought a keyboard: the wallet holds "
                + wallets.get("ada").orElseThrow().balance() + ", purchases recorded: "
                + purchases.scan().count());
        try {
            buy(dyn, "ada", "monitor", new BigDecimal("40.00"));
        } catch (TransactionCanceledException e) {
            TransactionCanceledException.Reason debit = e.reasons().get(0);
            System.out.println("a monitor is too dear: " + debit.code() + " on the debit, the wallet still holds "
                    + debit.item(Wallet.class).orElseThrow().balance() + ", purchases recorded: "
                    + purchases.scan().count());
        }
        TransactGetResult both = dyn.transactGet(
                TransactGet.of(Wallet.class, Key.of("ada")),
                TransactGet.of(Member.class, Key.of("platform", "ada@example.com")));
        System.out.println(
                "read together: " + both.get(0, Wallet.class).orElseThrow().balance() + " for "
                        + both.get(1, Member.class).orElseThrow().name());
        wallets.deleteTable();
        purchases.deleteTable();

        section("Validation before anything is sent");
        try {
            members.save(Member.joining("platform", "not-an-email", " ", Role.ENGINEER, Instant.now(), Set.of()));
        } catch (ItemValidationException e) {
            System.out.println(e.getMessage());
        }

        section("Insert-only create");
        try {
            members.create(grace.withName("Grace again"));
        } catch (ConditionFailedException e) {
            System.out.println(e.getMessage());
        }

        members.deleteTable();
        section("Table deleted. Done.");
    }

    /** Debits the wallet if it holds enough, and records the purchase: both or neither. */
    private static void buy(Dynantic dyn, String owner, String article, BigDecimal total) {
        dyn.transactWrite(List.of(
                TransactUpdate.of(
                        Wallet.class,
                        Key.of(owner),
                        u -> u.decrement(Wallet_.balance, total).condition(Wallet_.balance.ge(total))),
                TransactPut.of(new Purchase(null, owner, article, total, null))));
    }

    private static void section(String title) {
        System.out.println();
        System.out.println("== " + title);
    }
}
