package io.dynantic.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class InstantTextTest {

    @Provide
    Arbitrary<Instant> instants() {
        return Combinators.combine(
                        Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<Instant> fourDigitYears() {
        return Combinators.combine(
                        Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    @Property(tries = 2000)
    void storedFormRoundTrips(@ForAll("instants") Instant instant) {
        assertThat(InstantText.parse(InstantText.format(instant))).isEqualTo(instant);
    }

    @Property(tries = 2000)
    void readsWhatInstantToStringWrites(@ForAll("instants") Instant instant) {
        assertThat(InstantText.parse(instant.toString())).isEqualTo(instant);
    }

    @Property(tries = 2000)
    void theFastPathAgreesWithJavaTime(@ForAll("fourDigitYears") Instant instant) {
        String stored = InstantText.format(instant);
        assertThat(stored)
                .hasSize(30)
                .isEqualTo(java.time.format.DateTimeFormatter.ISO_INSTANT
                                .format(instant)
                                .replaceFirst("(\\.\\d+)?Z$", "")
                        + "." + String.format("%09d", instant.getNano()) + "Z");
    }

    @Property(tries = 2000)
    void textOrderIsTimeOrder(@ForAll("fourDigitYears") Instant a, @ForAll("fourDigitYears") Instant b) {
        assertThat(Integer.signum(InstantText.format(a).compareTo(InstantText.format(b))))
                .isEqualTo(Integer.signum(a.compareTo(b)));
    }

    @Test
    void readsOffsetsAndLocalTimesAsUtc() {
        assertThat(InstantText.parse("2024-03-01T13:00:00+01:00")).isEqualTo(Instant.parse("2024-03-01T12:00:00Z"));
        assertThat(InstantText.parse("2024-03-01T12:00:00")).isEqualTo(Instant.parse("2024-03-01T12:00:00Z"));
        assertThat(InstantText.parse("2024-02-29T00:00:00.5Z")).isEqualTo(Instant.parse("2024-02-29T00:00:00.5Z"));
    }

    @Test
    void rejectsWhatIsNotADateTime() {
        assertThatThrownBy(() -> InstantText.parse("2023-02-29T00:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"2023-02-29T00:00:00Z\" is not an ISO-8601 date-time");
        assertThatThrownBy(() -> InstantText.parse("yesterday"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"yesterday\" is not an ISO-8601 date-time");
    }
}
