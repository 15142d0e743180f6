package io.dynantic.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.convert.InstantFormat;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class InstantConverterTest {

    /** Years 0000 to 9999, which every format can hold. */
    @Provide
    Arbitrary<Instant> instants() {
        return Combinators.combine(
                        Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    @Property(tries = 500)
    void everyFormatReadsBackWhatItKeeps(@ForAll("instants") Instant instant) {
        assertThat(roundTrip(InstantFormat.ISO_FIXED, instant)).isEqualTo(instant);
        assertThat(roundTrip(InstantFormat.ISO, instant)).isEqualTo(instant);
        assertThat(roundTrip(InstantFormat.ISO_MICROS, instant)).isEqualTo(instant.truncatedTo(ChronoUnit.MICROS));
        assertThat(roundTrip(InstantFormat.EPOCH_SECONDS, instant)).isEqualTo(instant.truncatedTo(ChronoUnit.SECONDS));
        assertThat(roundTrip(InstantFormat.EPOCH_MILLIS, instant)).isEqualTo(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    @Property(tries = 500)
    void textFormatsReadEachOthersText(@ForAll("instants") Instant instant) {
        for (InstantFormat writer : new InstantFormat[] {InstantFormat.ISO_FIXED, InstantFormat.ISO}) {
            AttributeValue text = InstantConverter.of(writer).write(instant);
            for (InstantFormat reader : InstantFormat.values()) {
                assertThat(InstantConverter.of(reader).read(text)).isEqualTo(instant);
            }
        }
    }

    private static Instant roundTrip(InstantFormat format, Instant instant) {
        InstantConverter converter = InstantConverter.of(format);
        return converter.read(converter.write(instant));
    }

    @Test
    void pythonsFormHasSixFractionDigitsOrNone() {
        InstantConverter micros = InstantConverter.of(InstantFormat.ISO_MICROS);
        assertThat(micros.write(Instant.parse("2024-03-01T12:00:05Z")).s()).isEqualTo("2024-03-01T12:00:05Z");
        assertThat(micros.write(Instant.parse("2024-03-01T12:00:05.1Z")).s()).isEqualTo("2024-03-01T12:00:05.100000Z");
        assertThat(micros.write(Instant.parse("2024-03-01T12:00:05.000000999Z")).s())
                .isEqualTo("2024-03-01T12:00:05Z");
        assertThat(micros.write(Instant.parse("1969-12-31T23:59:59.999999999Z")).s())
                .isEqualTo("1969-12-31T23:59:59.999999Z");
    }

    @Test
    void epochFormatsFloorBeforeNineteenSeventyAndReadFractions() {
        Instant before = Instant.parse("1969-12-31T23:59:59.5Z");
        assertThat(InstantConverter.of(InstantFormat.EPOCH_SECONDS)
                        .write(before)
                        .n())
                .isEqualTo("-1");
        assertThat(InstantConverter.of(InstantFormat.EPOCH_MILLIS).write(before).n())
                .isEqualTo("-500");
        assertThat(InstantConverter.of(InstantFormat.EPOCH_SECONDS).read(AttributeValue.fromN("1709294405.25")))
                .isEqualTo(Instant.parse("2024-03-01T12:00:05.25Z"));
        assertThat(InstantConverter.of(InstantFormat.EPOCH_SECONDS).read(AttributeValue.fromN("-0.5")))
                .isEqualTo(before);
    }
}
