package io.dynantic.examples;

import io.dynantic.ConditionFailedException;
import io.dynantic.Dynantic;
import io.dynantic.ItemValidationException;
import io.dynantic.Key;
import io.dynantic.OptimisticLockException;
import io.dynantic.Table;
import io.dynantic.examples.Member.Office;
import io.dynantic.examples.Member.Role;
import io.dynantic.testing.LocalDynamoDb;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A small user directory on a local DynamoDB-compatible server: creates its table, stores members,
 * reads them back, and shows conditions, optimistic locking and validation at work.
 */
public final class UserDirectoryDemo {
    private UserDirectoryDemo() {}

    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        try (LocalDynamoDb db = LocalDynamoDb.start()) {
            System.out.println("Local DynamoDB (moto) at " + db.endpoint());
            Dynantic dyn = Dynantic.builder()
                    .client(db.client())
                    .tableNamePrefix("demo_")
                    .build();
            run(dyn, db);
        }
    }

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

    private static void section(String title) {
        System.out.println();
        System.out.println("== " + title);
    }
}
