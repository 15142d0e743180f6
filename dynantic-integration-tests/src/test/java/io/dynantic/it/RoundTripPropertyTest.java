package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.Dynantic;
import io.dynantic.Table;
import io.dynantic.it.model.Address;
import io.dynantic.it.model.Everything;
import io.dynantic.it.model.UserStatus;
import io.dynantic.testing.LocalDynamoDb;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import software.amazon.awssdk.core.SdkBytes;

/** Any value of each supported type survives a real save and get unchanged. */
class RoundTripPropertyTest {
    private static final int TRIES = 40;
    private static Table<Everything> table;

    @BeforeContainer
    static void createTable() {
        String prefix = "p" + UUID.randomUUID().toString().substring(0, 8) + "_";
        Dynantic dyn = Dynantic.builder()
                .client(LocalDynamoDb.shared().client())
                .tableNamePrefix(prefix)
                .build();
        table = dyn.table(Everything.class);
        table.createTable();
    }

    @AfterContainer
    static void deleteTable() {
        table.deleteTable();
    }

    /** Saves an item with {@code value} in {@code component} and returns what a get gives back. */
    private static Object roundTrip(String component, Object value) {
        String id = UUID.randomUUID().toString();
        table.save(Everything.with(Everything.withId(id), component, value));
        return table.get(id).orElseThrow().get(component);
    }

    private static void assertSame(String component, Object value) {
        assertThat(roundTrip(component, value)).isEqualTo(value);
    }

    // ---------------------------------------------------------------- arbitraries

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.integers()
                .between(0, 0x10FFFF)
                .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .list()
                .ofMaxSize(40)
                .map(cps -> cps.stream().map(Character::toString).collect(Collectors.joining()));
    }

    /** Map keys: DynamoDB attribute names have at least one character. */
    @Provide
    Arbitrary<String> keys() {
        return texts().filter(s -> !s.isEmpty());
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Combinators.combine(
                        Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond)
                .edgeCases(c -> c.includeOnly(Instant.MIN, Instant.MAX, Instant.EPOCH));
    }

    /** Instants of years 0000 to 9999, where string order is time order. */
    @Provide
    Arbitrary<Instant> fourDigitYears() {
        return Combinators.combine(
                        Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        BigInteger max = BigInteger.TEN.pow(38).subtract(BigInteger.ONE);
        return Combinators.combine(
                        Arbitraries.bigIntegers().between(max.negate(), max),
                        Arbitraries.integers().between(-80, 120))
                .as(BigDecimal::new);
    }

    @Provide
    Arbitrary<BigInteger> bigIntegers() {
        BigInteger max = BigInteger.TEN.pow(38).subtract(BigInteger.ONE);
        return Arbitraries.bigIntegers().between(max.negate(), max);
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.longs().map(Double::longBitsToDouble).filter(d -> {
            double abs = Math.abs(d);
            return !Double.isNaN(d) && (abs == 0 || abs >= 1e-130 && abs < 1e126);
        });
    }

    @Provide
    Arbitrary<Float> floats() {
        return Arbitraries.integers().map(Float::intBitsToFloat).filter(f -> !Float.isNaN(f) && !Float.isInfinite(f));
    }

    @Provide
    Arbitrary<Character> chars() {
        return Arbitraries.chars().filter(c -> !Character.isSurrogate(c));
    }

    @Provide
    Arbitrary<UUID> uuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
    }

    @Provide
    Arbitrary<LocalDateTime> dateTimes() {
        return fourDigitYears().map(i -> LocalDateTime.ofInstant(i, ZoneOffset.UTC));
    }

    @Provide
    Arbitrary<ZonedDateTime> zoned() {
        List<String> zones = new ArrayList<>(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        return Combinators.combine(fourDigitYears(), Arbitraries.of(zones))
                .as((i, z) -> ZonedDateTime.ofInstant(i, ZoneId.of(z)));
    }

    @Provide
    Arbitrary<OffsetDateTime> offsets() {
        return Combinators.combine(fourDigitYears(), Arbitraries.integers().between(-18 * 3600, 18 * 3600))
                .as((i, s) -> OffsetDateTime.ofInstant(i, ZoneOffset.ofTotalSeconds(s)));
    }

    @Provide
    Arbitrary<Duration> durations() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 999_999_999))
                .as((s, n) -> Duration.ofSeconds(s / 2, n));
    }

    @Provide
    Arbitrary<byte[]> byteArrays() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
    }

    @Provide
    Arbitrary<Address> addresses() {
        return Combinators.combine(
                        texts().injectNull(0.2),
                        texts().injectNull(0.2),
                        Arbitraries.strings().alpha().ofMaxLength(10).injectNull(0.2),
                        texts().set().ofMaxSize(4))
                .as(Address::new);
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = TRIES)
    void strings(@ForAll("texts") String value) {
        assertSame("text", value);
    }

    @Property(tries = TRIES)
    void characters(@ForAll("chars") Character value) {
        assertSame("letter", value);
        assertSame("boxedLetter", value);
    }

    @Property(tries = 10)
    void booleans(@ForAll boolean value) {
        assertSame("flag", value);
        assertSame("boxedFlag", value);
    }

    @Property(tries = TRIES)
    void integralNumbers(@ForAll byte b, @ForAll short s, @ForAll int i, @ForAll long l) {
        assertSame("tiny", b);
        assertSame("small", s);
        assertSame("number", i);
        assertSame("big", l);
        assertSame("boxedTiny", b);
        assertSame("boxedSmall", s);
        assertSame("boxedNumber", i);
        assertSame("boxedBig", l);
    }

    @Property(tries = TRIES)
    void bigIntegers(@ForAll("bigIntegers") BigInteger value) {
        assertSame("huge", value);
    }

    @Property(tries = TRIES)
    void bigDecimalsByValue(@ForAll("decimals") BigDecimal value) {
        assertThat((BigDecimal) roundTrip("decimal", value)).isEqualByComparingTo(value);
    }

    @Property(tries = TRIES)
    void doubles(@ForAll("doubles") double value) {
        // DynamoDB numbers are decimals: a negative zero is stored, and read back, as zero.
        double expected = value == 0 ? 0.0 : value;
        assertThat(roundTrip("real", value)).isEqualTo(expected);
        assertThat(roundTrip("boxedReal", value)).isEqualTo(expected);
    }

    @Property(tries = TRIES)
    void floats(@ForAll("floats") float value) {
        float expected = value == 0 ? 0.0f : value;
        assertThat(roundTrip("single", value)).isEqualTo(expected);
        assertThat(roundTrip("boxedSingle", value)).isEqualTo(expected);
    }

    @Property(tries = TRIES)
    void instants(@ForAll("instants") Instant value) {
        assertSame("instant", value);
    }

    @Property(tries = TRIES)
    void ttlInstantsKeepTheirSeconds(@ForAll("fourDigitYears") Instant value) {
        assertThat(roundTrip("expiresAt", value)).isEqualTo(Instant.ofEpochSecond(value.getEpochSecond()));
    }

    @Property(tries = TRIES)
    void otherTimeTypes(
            @ForAll("dateTimes") LocalDateTime dateTime,
            @ForAll("zoned") ZonedDateTime zoned,
            @ForAll("offsets") OffsetDateTime offset,
            @ForAll("durations") Duration duration) {
        assertSame("dateTime", dateTime);
        assertSame("date", dateTime.toLocalDate());
        assertSame("time", dateTime.toLocalTime());
        assertSame("year", Year.of(dateTime.getYear()));
        assertSame("yearMonth", YearMonth.from(dateTime));
        assertSame("zonedDateTime", zoned);
        assertSame("offsetDateTime", offset);
        assertSame("duration", duration);
    }

    @Property(tries = TRIES)
    void uuidsAndEnums(@ForAll("uuids") UUID uuid, @ForAll UserStatus status) {
        assertSame("uuid", uuid);
        assertSame("status", status);
    }

    @Property(tries = TRIES)
    void binaries(@ForAll("byteArrays") byte[] value) {
        assertThat((byte[]) roundTrip("bytes", value)).containsExactly(value);
        assertSame("buffer", ByteBuffer.wrap(value));
        assertSame("sdkBytes", SdkBytes.fromByteArray(value));
    }

    @Property(tries = TRIES)
    void sets(
            @ForAll Set<@From("texts") String> strings,
            @ForAll Set<Integer> integers,
            @ForAll Set<@From("byteArrays") byte[]> binaries) {
        assertSame("strings", strings);
        assertSame("integers", integers);
        assertSame("sorted", new TreeSet<>(strings));
        Set<SdkBytes> sdk = binaries.stream().map(SdkBytes::fromByteArray).collect(Collectors.toSet());
        assertSame("binaries", sdk);
    }

    @Property(tries = TRIES)
    void setsOfDecimalsByValue(@ForAll Set<@From("decimals") BigDecimal> values) {
        Set<BigDecimal> distinct =
                values.stream().map(BigDecimal::stripTrailingZeros).collect(Collectors.toCollection(TreeSet::new));
        @SuppressWarnings("unchecked")
        Set<BigDecimal> read = (Set<BigDecimal>) roundTrip("decimals", distinct);
        assertThat(read.stream().map(BigDecimal::stripTrailingZeros).collect(Collectors.toSet()))
                .isEqualTo(distinct);
    }

    @Property(tries = TRIES)
    void listsAndMaps(
            @ForAll List<@From("texts") String> list,
            @ForAll List<@From("addresses") Address> addresses,
            @ForAll List<Set<@From("texts") String>> listOfSets,
            @ForAll Map<@From("keys") String, Integer> counts,
            @ForAll Map<@From("keys") String, @From("addresses") Address> places) {
        List<String> withNulls = new ArrayList<>(list);
        withNulls.add(null);
        assertSame("list", withNulls);
        assertSame("addresses", addresses);
        assertSame("listOfSets", listOfSets);
        assertSame("counts", counts);
        assertSame("places", places);
    }

    @Property(tries = TRIES)
    void nestedModelsAndOptionals(@ForAll("addresses") Address address, @ForAll("texts") String text) {
        assertSame("address", address);
        assertSame("maybe", Optional.of(text));
        assertSame("maybe", Optional.empty());
        assertSame("renamed", text);
    }
}
