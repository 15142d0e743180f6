package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The built-in scalars stored as text, S or N. Date-times always write their seconds and only the
 * fraction digits they need ({@code LocalDateTime.toString()} drops zero seconds), so equal values
 * give equal strings, as other libraries write them. A switch rather than a function per type keeps the
 * first {@code dyn.table(...)} from spinning a lambda class for each (a measurable part of cold
 * start).
 */
enum Scalar {
    INT(AttributeType.N, Integer.class, int.class),
    LONG(AttributeType.N, Long.class, long.class),
    SHORT(AttributeType.N, Short.class, short.class),
    BYTE(AttributeType.N, Byte.class, byte.class),
    DOUBLE(AttributeType.N, Double.class, double.class),
    FLOAT(AttributeType.N, Float.class, float.class),
    BIG_DECIMAL(AttributeType.N, BigDecimal.class, null),
    BIG_INTEGER(AttributeType.N, BigInteger.class, null),
    CHAR(AttributeType.S, Character.class, char.class),
    OFFSET_DATE_TIME(AttributeType.S, OffsetDateTime.class, null),
    ZONED_DATE_TIME(AttributeType.S, ZonedDateTime.class, null),
    LOCAL_DATE(AttributeType.S, LocalDate.class, null),
    LOCAL_DATE_TIME(AttributeType.S, LocalDateTime.class, null),
    LOCAL_TIME(AttributeType.S, LocalTime.class, null),
    DURATION(AttributeType.S, Duration.class, null),
    YEAR(AttributeType.S, Year.class, null),
    YEAR_MONTH(AttributeType.S, YearMonth.class, null),
    UUID_TEXT(AttributeType.S, UUID.class, null);

    final AttributeType type;
    final Class<?> boxed;
    final @Nullable Class<?> primitive;

    Scalar(AttributeType type, Class<?> boxed, @Nullable Class<?> primitive) {
        this.type = type;
        this.boxed = boxed;
        this.primitive = primitive;
    }

    /** The stored text of a value; {@link InvalidValueException} when DynamoDB cannot hold it. */
    String format(Object value) {
        return switch (this) {
            case DOUBLE -> Numbers.format((Double) value);
            case FLOAT -> Numbers.format((Float) value);
            case BIG_DECIMAL -> Numbers.format((BigDecimal) value);
            case BIG_INTEGER -> Numbers.format((BigInteger) value);
            case LOCAL_DATE_TIME -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((LocalDateTime) value);
            case LOCAL_TIME -> DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) value);
            case OFFSET_DATE_TIME -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value);
            case ZONED_DATE_TIME -> DateTimeFormatter.ISO_ZONED_DATE_TIME.format((ZonedDateTime) value);
            default -> value.toString();
        };
    }

    Object parse(String s) {
        return switch (this) {
            case INT -> (int) Numbers.parseLong(s, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int");
            case LONG -> Numbers.parseLong(s, Long.MIN_VALUE, Long.MAX_VALUE, "a long");
            case SHORT -> (short) Numbers.parseLong(s, Short.MIN_VALUE, Short.MAX_VALUE, "a short");
            case BYTE -> (byte) Numbers.parseLong(s, Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte");
            case DOUBLE -> Double.parseDouble(s);
            case FLOAT -> Float.parseFloat(s);
            case BIG_DECIMAL -> new BigDecimal(s);
            case BIG_INTEGER -> wholeNumber(s);
            case CHAR -> character(s);
            case OFFSET_DATE_TIME -> OffsetDateTime.parse(s);
            case ZONED_DATE_TIME -> ZonedDateTime.parse(s);
            case LOCAL_DATE -> LocalDate.parse(s);
            case LOCAL_DATE_TIME -> LocalDateTime.parse(s);
            case LOCAL_TIME -> LocalTime.parse(s);
            case DURATION -> Duration.parse(s);
            case YEAR -> Year.parse(s);
            case YEAR_MONTH -> YearMonth.parse(s);
            case UUID_TEXT -> UUID.fromString(s);
        };
    }

    private static BigInteger wholeNumber(String s) {
        try {
            return new BigDecimal(s).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("number " + s + " is not a whole number", e);
        }
    }

    private static Character character(String s) {
        if (s.length() != 1) {
            throw new IllegalArgumentException("expected a single character but found " + s.length());
        }
        return s.charAt(0);
    }
}
