package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import io.dynantic.convert.InstantFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An {@code Instant} in one of the {@link InstantFormat}s. A text format reads any ISO-8601 form; an
 * epoch format reads its numbers (with a fraction, too) and, for data written otherwise, ISO text.
 */
public final class InstantConverter implements AttributeConverter<Instant> {
    private static final InstantConverter[] BY_FORMAT = new InstantConverter[InstantFormat.values().length];

    static {
        for (InstantFormat f : InstantFormat.values()) {
            BY_FORMAT[f.ordinal()] = new InstantConverter(f);
        }
    }

    private final InstantFormat format;

    private InstantConverter(InstantFormat format) {
        this.format = format;
    }

    /** The converter for {@code format}. */
    public static InstantConverter of(InstantFormat format) {
        return BY_FORMAT[format.ordinal()];
    }

    /** Whether the format keeps less than an {@code Instant}'s nanoseconds. */
    public boolean rounds() {
        return format == InstantFormat.EPOCH_SECONDS
                || format == InstantFormat.EPOCH_MILLIS
                || format == InstantFormat.ISO_MICROS;
    }

    /** The instant as this format stores it (and reads it back): truncated to its precision. */
    public Instant stored(Instant value) {
        return switch (format) {
            case EPOCH_SECONDS -> value.truncatedTo(ChronoUnit.SECONDS);
            case EPOCH_MILLIS -> value.truncatedTo(ChronoUnit.MILLIS);
            case ISO_MICROS -> value.truncatedTo(ChronoUnit.MICROS);
            case ISO_FIXED, ISO -> value;
        };
    }

    @Override
    public AttributeType type() {
        return epoch() ? AttributeType.N : AttributeType.S;
    }

    private boolean epoch() {
        return format == InstantFormat.EPOCH_SECONDS || format == InstantFormat.EPOCH_MILLIS;
    }

    @Override
    public AttributeValue write(Instant value) {
        Instant instant = value;
        return switch (format) {
            case ISO_FIXED -> AttributeValue.createS(InstantText.format(instant));
            case ISO -> AttributeValue.createS(instant.toString());
            case ISO_MICROS -> AttributeValue.createS(InstantText.formatMicros(instant));
            case EPOCH_SECONDS -> AttributeValue.createN(Long.toString(instant.getEpochSecond()));
            case EPOCH_MILLIS -> AttributeValue.createN(Long.toString(millis(instant)));
        };
    }

    private static long millis(Instant instant) {
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException e) {
            throw new InvalidValueException(instant + " is too far from 1970 for epoch milliseconds");
        }
    }

    @Override
    public Instant read(AttributeValue value) {
        if (value.s() != null) {
            return InstantText.parse(value.s());
        }
        if (!epoch()) {
            return InstantText.parse(Stored.s(value));
        }
        BigDecimal number = new BigDecimal(Stored.n(value));
        BigDecimal seconds = format == InstantFormat.EPOCH_MILLIS ? number.movePointLeft(3) : number;
        BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
        try {
            return Instant.ofEpochSecond(
                    whole.longValueExact(),
                    seconds.subtract(whole)
                            .movePointRight(9)
                            .setScale(0, java.math.RoundingMode.FLOOR)
                            .longValue());
        } catch (ArithmeticException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("number " + value.n() + " is not an instant in range", e);
        }
    }
}
