package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.Dynantic;
import io.dynantic.ItemValidationException;
import io.dynantic.MappingException;
import io.dynantic.Table;
import io.dynantic.it.model.Address;
import io.dynantic.it.model.Draft;
import io.dynantic.it.model.Everything;
import io.dynantic.it.model.Everything_;
import io.dynantic.it.model.User;
import io.dynantic.it.model.UserStatus;
import io.dynantic.testing.DynamoTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The stored format, read with the raw SDK client. */
@DynamoTest(models = {Everything.class, User.class, Draft.class})
class StorageFormatTest {
    private Table<Everything> table;
    private DynamoDbClient raw;

    @BeforeEach
    void setUp(Dynantic dyn, DynamoDbClient raw) {
        this.table = dyn.table(Everything.class);
        this.raw = raw;
    }

    private Map<String, AttributeValue> stored(String id) {
        return raw.getItem(r -> r.tableName(table.tableName()).key(Map.of("id", AttributeValue.fromS(id))))
                .item();
    }

    private Map<String, AttributeValue> save(String component, Object value) {
        String id = UUID.randomUUID().toString();
        table.save(Everything.with(Everything.withId(id), component, value));
        return stored(id);
    }

    /** Stores a valid item through the model, then overwrites attributes with the raw client. */
    private void put(Map<String, AttributeValue> overrides) {
        String id = overrides.get("id").s();
        table.save(Everything.withId(id));
        Map<String, AttributeValue> item = new HashMap<>(stored(id));
        item.putAll(overrides);
        raw.putItem(r -> r.tableName(table.tableName()).item(item));
    }

    @Test
    void instantsAreFixedWidthUtcText() {
        assertThat(save("instant", Instant.parse("2024-03-01T12:00:00Z")).get("instant"))
                .isEqualTo(AttributeValue.fromS("2024-03-01T12:00:00.000000000Z"));
        assertThat(save("instant", Instant.parse("0001-01-01T00:00:00.5Z")).get("instant"))
                .isEqualTo(AttributeValue.fromS("0001-01-01T00:00:00.500000000Z"));
    }

    @Test
    void instantTextSortsInTimeOrder() {
        List<Instant> instants = List.of(
                Instant.parse("1969-12-31T23:59:59.999999999Z"),
                Instant.parse("1970-01-01T00:00:00Z"),
                Instant.parse("1970-01-01T00:00:00.1Z"),
                Instant.parse("2024-02-29T23:59:59Z"),
                Instant.parse("2024-03-01T00:00:00.000000001Z"),
                Instant.parse("9999-12-31T23:59:59Z"));
        List<String> stored = new ArrayList<>();
        for (Instant i : instants) {
            stored.add(save("instant", i).get("instant").s());
        }
        List<String> sorted = new ArrayList<>(stored);
        sorted.sort(null);
        assertThat(sorted).isEqualTo(stored);
    }

    @Test
    void instantsAreReadFromAnyIsoForm() {
        String id = UUID.randomUUID().toString();
        put(Map.of(
                "id", AttributeValue.fromS(id),
                "instant", AttributeValue.fromS("2024-03-01T13:00:00+01:00")));
        assertThat(table.get(id).orElseThrow().instant()).isEqualTo(Instant.parse("2024-03-01T12:00:00Z"));
        put(Map.of("id", AttributeValue.fromS(id), "instant", AttributeValue.fromS("2024-03-01T12:00Z")));
        assertThat(table.get(id).orElseThrow().instant()).isEqualTo(Instant.parse("2024-03-01T12:00:00Z"));
    }

    @Test
    void ttlIsEpochSeconds() {
        Instant expiry = Instant.parse("2030-01-01T00:00:00.750Z");
        assertThat(save("expiresAt", expiry).get("expiresAt"))
                .isEqualTo(AttributeValue.fromN(Long.toString(expiry.getEpochSecond())));
    }

    @Test
    void emptySetsAreNotStoredAndReadBackEmpty() {
        String id = UUID.randomUUID().toString();
        Everything e = Everything.with(Everything.withId(id), "strings", Set.of());
        e = Everything.with(e, "address", new Address("x", null, null, Set.of()));
        e = Everything.with(e, "listOfSets", List.of(Set.of("a"), Set.of()));
        table.save(e);
        Map<String, AttributeValue> item = stored(id);
        assertThat(item).doesNotContainKey("strings");
        assertThat(item.get("address").m()).doesNotContainKey("labels");
        assertThat(item.get("listOfSets").l().get(1)).isEqualTo(AttributeValue.fromNul(true));
        Everything read = table.get(id).orElseThrow();
        assertThat(read.strings()).isEmpty();
        assertThat(read.integers()).isNotNull().isEmpty();
        assertThat(read.address().labels()).isEmpty();
        assertThat(read.listOfSets()).containsExactly(Set.of("a"), Set.of());

        // A char field's handle is a StringAttribute: one-character strings in updates, conditions and reads.
        table.update(id)
                .set(Everything_.letter, "z")
                .set(Everything_.boxedLetter, "y")
                .condition(Everything_.boxedLetter.notExists().and(Everything_.letter.ne("z")))
                .execute();
        assertThat(table.get(id).orElseThrow().letter()).isEqualTo('z');
        assertThat(table.scan()
                        .filter(Everything_.boxedLetter.eq("y").and(Everything_.id.eq(id)))
                        .values(Everything_.letter))
                .containsExactly("z");
        assertThatThrownBy(() -> table.update(id).set(Everything_.letter, "zz").execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Everything.letter: expected a single character but found 2");

        // An update stores it as the put did: NULL in the list's place, the other elements where they were.
        table.update(id).set(Everything_.listOfSets.index(0), Set.of()).execute();
        assertThat(stored(id).get("listOfSets").l().get(0)).isEqualTo(AttributeValue.fromNul(true));
        assertThat(table.get(id).orElseThrow().listOfSets()).containsExactly(Set.of(), Set.of());
    }

    @Test
    void textThatUtf8CannotEncodeIsRefusedEverywhereBeforeSending() {
        String id = UUID.randomUUID().toString();
        String lone = "a\uD800b";
        Everything e = Everything.withId(id);
        e = Everything.with(e, "text", lone);
        e = Everything.with(e, "letter", '\uDC00');
        e = Everything.with(e, "strings", Set.of("ok", lone));
        e = Everything.with(e, "list", List.of("ok", "\uDBFF"));
        e = Everything.with(e, "counts", Map.of(lone, 1));
        e = Everything.with(e, "address", new Address("\uD83D\uDE00 paired", lone, null, Set.of()));
        Everything invalid = e;
        assertThatThrownBy(() -> table.save(invalid))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("6 problems:"
                        + "\n  Everything.text: the text has an unpaired surrogate (\\uD800) at index 1; DynamoDB"
                        + " stores text as UTF-8, which cannot encode it"
                        + "\n  Everything.letter: the text has an unpaired surrogate (\\uDC00) at index 0; DynamoDB"
                        + " stores text as UTF-8, which cannot encode it"
                        + "\n  Everything.strings: an element has an unpaired surrogate (\\uD800) at index 1;"
                        + " DynamoDB stores text as UTF-8, which cannot encode it"
                        + "\n  Everything.list[1]: the text has an unpaired surrogate (\\uDBFF) at index 0; DynamoDB"
                        + " stores text as UTF-8, which cannot encode it"
                        + "\n  Everything.counts: the key \"a\\uD800b\" has an unpaired surrogate (\\uD800) at index"
                        + " 1; DynamoDB stores text as UTF-8, which cannot encode it"
                        + "\n  Everything.address.city: the text has an unpaired surrogate (\\uD800) at index 1;"
                        + " DynamoDB stores text as UTF-8, which cannot encode it");
        assertThat(stored(id)).isEmpty();

        // The same rule for the values of keys, updates and conditions.
        table.save(Everything.withId(id));
        assertThatThrownBy(() -> table.get(lone))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Everything.id: the text has an unpaired surrogate (\\uD800) at index 1; DynamoDB"
                        + " stores text as UTF-8, which cannot encode it");
        assertThatThrownBy(() -> table.update(id)
                        .set(Everything_.text, lone)
                        .condition(Everything_.renamed.ne("\uDFFF"))
                        .execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("2 problems:"
                        + "\n  Everything.text: the text has an unpaired surrogate (\\uD800) at index 1; DynamoDB"
                        + " stores text as UTF-8, which cannot encode it"
                        + "\n  Everything.renamed: the text has an unpaired surrogate (\\uDFFF) at index 0;"
                        + " DynamoDB stores text as UTF-8, which cannot encode it");
        assertThat(stored(id)).doesNotContainKey("text");
        assertThatThrownBy(() -> Everything_.counts.key("n\uDC00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the attribute name \"n\\uDC00\" has an unpaired surrogate (\\uDC00) at index 1; DynamoDB"
                        + " stores text as UTF-8, which cannot encode it");

        // Paired surrogates (emoji and other characters beyond the BMP) are stored as they are.
        String emoji = "\uD83D\uDE00 \uD801\uDC37";
        table.save(Everything.with(Everything.withId(id), "text", emoji));
        assertThat(stored(id).get("text").s()).isEqualTo(emoji);
        assertThat(table.get(id).orElseThrow().text()).isEqualTo(emoji);
    }

    @Test
    void renamedFieldsAreStoredUnderTheirName() {
        Map<String, AttributeValue> item = save("renamed", "x");
        assertThat(item)
                .containsEntry("renamed_field", AttributeValue.fromS("x"))
                .doesNotContainKey("renamed");
    }

    @Test
    void enumsByNameAndUuidsInLowerCase() {
        assertThat(save("status", UserStatus.SUSPENDED).get("status")).isEqualTo(AttributeValue.fromS("SUSPENDED"));
        UUID uuid = UUID.fromString("123E4567-E89B-12D3-A456-426614174000");
        assertThat(save("uuid", uuid).get("uuid"))
                .isEqualTo(AttributeValue.fromS("123e4567-e89b-12d3-a456-426614174000"));
    }

    @Test
    void numbersAsDecimalText() {
        assertThat(save("real", 0.1).get("real")).isEqualTo(AttributeValue.fromN("0.1"));
        assertThat(save("number", 42).get("number")).isEqualTo(AttributeValue.fromN("42"));
        assertThat(save("flag", true).get("flag")).isEqualTo(AttributeValue.fromBool(true));
        BigDecimal money = new BigDecimal("1.50");
        String id = UUID.randomUUID().toString();
        table.save(Everything.with(Everything.withId(id), "decimal", money));
        assertThat(table.get(id).orElseThrow().decimal()).isEqualByComparingTo(money);
    }

    @Test
    void binariesAndCollections() {
        assertThat(save("bytes", new byte[] {1, 2, 3}).get("bytes"))
                .isEqualTo(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2, 3})));
        assertThat(save("integers", Set.of(7)).get("integers")).isEqualTo(AttributeValue.fromNs(List.of("7")));
        assertThat(save("strings", Set.of("a")).get("strings")).isEqualTo(AttributeValue.fromSs(List.of("a")));
        List<String> withNull = Arrays.asList("a", null);
        assertThat(save("list", withNull).get("list"))
                .isEqualTo(AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromNul(true))));
        assertThat(save("address", new Address("Main St", null, "123", Set.of()))
                        .get("address"))
                .isEqualTo(AttributeValue.fromM(
                        Map.of("street", AttributeValue.fromS("Main St"), "zip", AttributeValue.fromS("123"))));
    }

    @Test
    void nullsAndEmptyOptionalsAreAbsentAndEmptyStringsAreKept() {
        String id = UUID.randomUUID().toString();
        Everything e = Everything.with(Everything.withId(id), "text", "");
        e = Everything.with(e, "maybe", Optional.empty());
        table.save(e);
        Map<String, AttributeValue> item = stored(id);
        assertThat(item).containsEntry("text", AttributeValue.fromS("")).doesNotContainKeys("maybe", "boxedNumber");
        Everything read = table.get(id).orElseThrow();
        assertThat(read.text()).isEmpty();
        assertThat(read.maybe()).isEmpty();
        assertThat(read.boxedNumber()).isNull();
        assertThat(read.list()).isEmpty();
        assertThat(read.counts()).isEmpty();
    }

    @Test
    void ignoredRecordComponentsAreNeverStoredAndReadAsEmpty(Dynantic dyn) {
        Table<Draft> drafts = dyn.table(Draft.class);
        String id = UUID.randomUUID().toString();
        Thread editor = Thread.currentThread();
        Draft saved = drafts.save(new Draft(id, "hello", 7, List.of("x"), editor, Optional.of("n"), null));
        assertThat(saved)
                .as("the item as stored keeps what it does not store")
                .isEqualTo(new Draft(id, "hello", 7, List.of("x"), editor, Optional.of("n"), 1L));
        Map<String, AttributeValue> item = raw.getItem(
                        r -> r.tableName(drafts.tableName()).key(Map.of("id", AttributeValue.fromS(id))))
                .item();
        assertThat(item).containsOnlyKeys("id", "text", "version");
        assertThat(drafts.get(id)).contains(new Draft(id, "hello", 0, List.of(), null, Optional.empty(), 1L));
    }

    @Test
    void aConstructorThatRefusesStoredValuesIsAMappingError(Dynantic dyn) {
        Table<Draft> drafts = dyn.table(Draft.class);
        String id = UUID.randomUUID().toString();
        raw.putItem(r -> r.tableName(drafts.tableName())
                .item(Map.of("id", AttributeValue.fromS(id), "text", AttributeValue.fromS("!"))));
        assertThatThrownBy(() -> drafts.get(id))
                .isInstanceOf(MappingException.class)
                .hasMessage("Draft: Draft refused the stored values: java.lang.IllegalArgumentException: a draft's"
                        + " text cannot start with '!' (table " + drafts.tableName() + ")");
    }

    @Test
    void dateTimesAlwaysWriteTheirSeconds() {
        java.time.LocalDateTime minute = java.time.LocalDateTime.of(2024, 3, 1, 3, 4);
        assertThat(save("dateTime", minute).get("dateTime")).isEqualTo(AttributeValue.fromS("2024-03-01T03:04:00"));
        assertThat(save("dateTime", minute.withNano(500_000_000)).get("dateTime"))
                .isEqualTo(AttributeValue.fromS("2024-03-01T03:04:00.5"));
        assertThat(save("time", java.time.LocalTime.of(3, 4)).get("time")).isEqualTo(AttributeValue.fromS("03:04:00"));
        assertThat(save("offsetDateTime", java.time.OffsetDateTime.of(minute, ZoneOffset.UTC))
                        .get("offsetDateTime"))
                .isEqualTo(AttributeValue.fromS("2024-03-01T03:04:00Z"));
        String id = UUID.randomUUID().toString();
        put(Map.of("id", AttributeValue.fromS(id), "dateTime", AttributeValue.fromS("2024-03-01T03:04:00.500000")));
        assertThat(table.get(id).orElseThrow().dateTime()).isEqualTo(minute.withNano(500_000_000));
    }

    @Test
    void zonedDateTimesKeepTheirZone() {
        ZonedDateTime paris = ZonedDateTime.of(2024, 3, 1, 12, 0, 0, 0, java.time.ZoneId.of("Europe/Paris"));
        assertThat(save("zonedDateTime", paris).get("zonedDateTime"))
                .isEqualTo(AttributeValue.fromS("2024-03-01T12:00:00+01:00[Europe/Paris]"));
        assertThat(ZonedDateTime.parse("2024-03-01T12:00+01:00[Europe/Paris]").getOffset())
                .isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void unknownAttributesAreIgnored() {
        String id = UUID.randomUUID().toString();
        put(Map.of("id", AttributeValue.fromS(id), "somethingElse", AttributeValue.fromS("x")));
        assertThat(table.get(id)).isPresent();
    }

    @Test
    void overflowOnReadIsAMappingException() {
        String id = UUID.randomUUID().toString();
        // Stored in DynamoDB's normal form (it would turn 1e20 into this), so every backend reads back the same text.
        put(Map.of("id", AttributeValue.fromS(id), "number", AttributeValue.fromN("100000000000000000000")));
        assertThatThrownBy(() -> table.get(id))
                .isInstanceOf(MappingException.class)
                .hasMessage("Everything.number: number 100000000000000000000 does not fit in an int (table "
                        + table.tableName() + ")");
        String fraction = UUID.randomUUID().toString();
        put(Map.of("id", AttributeValue.fromS(fraction), "number", AttributeValue.fromN("1.5")));
        assertThatThrownBy(() -> table.get(fraction))
                .isInstanceOf(MappingException.class)
                .hasMessage("Everything.number: number 1.5 is not a whole number, as an int needs (table "
                        + table.tableName() + ")");
        // A float holds magnitudes below about 3.4E38 only: a larger one would read as infinity.
        String big = UUID.randomUUID().toString();
        String tenPow40 = "1" + "0".repeat(40); // in normal form, as above
        put(Map.of("id", AttributeValue.fromS(big), "single", AttributeValue.fromN(tenPow40)));
        assertThatThrownBy(() -> table.get(big))
                .isInstanceOf(MappingException.class)
                .hasMessage("Everything.single: number " + tenPow40 + " does not fit in a float (table "
                        + table.tableName() + ")");
    }

    @Test
    void wrongStoredTypeIsAMappingException() {
        String id = UUID.randomUUID().toString();
        put(Map.of(
                "id", AttributeValue.fromS(id),
                "address", AttributeValue.fromM(Map.of("labels", AttributeValue.fromS("not a set")))));
        assertThatThrownBy(() -> table.get(id))
                .isInstanceOf(MappingException.class)
                .hasMessage("Everything.address.labels: expected SS but the stored value is S (table "
                        + table.tableName() + ")");
    }

    @Test
    void missingPrimitiveIsAMappingException(Dynantic dyn) {
        Table<User> users = dyn.table(User.class);
        put(
                users,
                Map.of(
                        "userId",
                        AttributeValue.fromS("u"),
                        "email",
                        AttributeValue.fromS("e"),
                        "name",
                        AttributeValue.fromS("n")));
        assertThatThrownBy(() -> users.get("u", "e"))
                .isInstanceOf(MappingException.class)
                .hasMessage("User.login_count: the attribute is missing but the field requires a value (table "
                        + users.tableName() + ")");
    }

    private void put(Table<?> t, Map<String, AttributeValue> item) {
        raw.putItem(r -> r.tableName(t.tableName()).item(item));
    }

    @Test
    void unrepresentableNumbersAreRejectedBeforeSending() {
        String id = UUID.randomUUID().toString();
        Everything e = Everything.with(Everything.withId(id), "real", Double.NaN);
        e = Everything.with(e, "huge", BigInteger.TEN.pow(38).add(BigInteger.ONE));
        e = Everything.with(e, "decimal", new BigDecimal("1E+126"));
        Everything invalid = Everything.with(e, "boxedReal", 1e-131);
        assertThatThrownBy(() -> table.save(invalid))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("4 problems:"
                        + "\n  Everything.huge: 100000000000000000000000000000000000001 has 39 significant digits;"
                        + " DynamoDB keeps at most 38 (leading and trailing zeros do not count)"
                        + "\n  Everything.decimal: 1E+126 is out of DynamoDB's number range (magnitude 1E-130 to"
                        + " below 1E+126)"
                        + "\n  Everything.real: NaN cannot be stored; DynamoDB numbers are finite"
                        + "\n  Everything.boxedReal: 1.0E-131 is out of DynamoDB's number range (magnitude 1E-130 to"
                        + " below 1E+126)");
        assertThat(stored(id)).isEmpty();
    }

    @Test
    void setsWhoseElementsCollideOnceStoredAreRejected() {
        Set<BigDecimal> decimals = new HashSet<>(List.of(new BigDecimal("1.0"), new BigDecimal("1.00")));
        assertThatThrownBy(() -> save("decimals", decimals))
                .isInstanceOf(ItemValidationException.class)
                .hasMessageStartingWith("Everything.decimals: the set holds ")
                .hasMessageEndingWith(" twice once stored; DynamoDB sets hold distinct values");
    }

    @Test
    void emptyMapKeysAndNestedPathsAreReported() {
        Map<String, Address> places = new HashMap<>();
        places.put("", new Address(null, null, null, Set.of()));
        assertThatThrownBy(() -> save("places", places))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Everything.places: a map key is empty; DynamoDB attribute names have at least one"
                        + " character");
        Set<String> labels = new HashSet<>();
        labels.add(null);
        List<Address> addresses =
                List.of(new Address("ok", null, null, Set.of()), new Address("s", null, null, labels));
        assertThatThrownBy(() -> save("addresses", addresses))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Everything.addresses[1].labels: a set cannot hold null");
    }

    @Test
    void itemsOverFourHundredKilobytesAreRejected() {
        String big = "x".repeat(410 * 1024);
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> table.save(Everything.with(Everything.withId(id), "text", big)))
                .isInstanceOf(ItemValidationException.class)
                .hasMessageMatching(
                        "Everything: the item is \\d+ bytes; DynamoDB's limit is 400 KB \\(409600 bytes\\)");
        assertThat(stored(id)).isEmpty();
        // moto refuses items over 405,000 bytes; DynamoDB's documented limit is 409,600.
        table.save(Everything.with(Everything.withId(id), "text", "x".repeat(400_000)));
        assertThat(stored(id)).isNotEmpty();
    }
}
