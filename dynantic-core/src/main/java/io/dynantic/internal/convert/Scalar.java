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
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
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
    INT(AttributeType.N, "java.lang.Integer", int.class),
    LONG(AttributeType.N, "java.lang.Long", long.class),
    SHORT(AttributeType.N, "java.lang.Short", short.class),
    BYTE(AttributeType.N, "java.lang.Byte", byte.class),
    DOUBLE(AttributeType.N, "java.lang.Double", double.class),
    FLOAT(AttributeType.N, "java.lang.Float", float.class),
    BIG_DECIMAL(AttributeType.N, "java.math.BigDecimal", null),
    BIG_INTEGER(AttributeType.N, "java.math.BigInteger", null),
    CHAR(AttributeType.S, "java.lang.Character", char.class),
    OFFSET_DATE_TIME(AttributeType.S, "java.time.OffsetDateTime", null),
    ZONED_DATE_TIME(AttributeType.S, "java.time.ZonedDateTime", null),
    LOCAL_DATE(AttributeType.S, "java.time.LocalDate", null),
    LOCAL_DATE_TIME(AttributeType.S, "java.time.LocalDateTime", null),
    LOCAL_TIME(AttributeType.S, "java.time.LocalTime", null),
    DURATION(AttributeType.S, "java.time.Duration", null),
    YEAR(AttributeType.S, "java.time.Year", null),
    YEAR_MONTH(AttributeType.S, "java.time.YearMonth", null),
    UUID_TEXT(AttributeType.S, "java.util.UUID", null);

    final AttributeType type;
    /** The class by name: a model that stores no {@code Year} loads no {@code Year} class. */
    private final String className;

    private final @Nullable Class<?> primitive;

    Scalar(AttributeType type, String className, @Nullable Class<?> primitive) {
        this.type = type;
        this.className = className;
        this.primitive = primitive;
    }

    /** The scalar stored for exactly this class (a primitive or its box), or null. */
    static @Nullable Scalar of(Class<?> type) {
        String name = type.getName();
        for (Scalar scalar : values()) {
            if (type == scalar.primitive || name.equals(scalar.className)) {
                return scalar;
            }
        }
        return null;
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
            case YEAR -> YearText.YEAR.format((Year) value);
            case YEAR_MONTH -> YearText.YEAR_MONTH.format((YearMonth) value);
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
            case FLOAT -> Numbers.parseFloat(s);
            case BIG_DECIMAL -> new BigDecimal(s);
            case BIG_INTEGER -> wholeNumber(s);
            case CHAR -> character(s);
            case OFFSET_DATE_TIME -> OffsetDateTime.parse(s);
            case ZONED_DATE_TIME -> ZonedDateTime.parse(s);
            case LOCAL_DATE -> LocalDate.parse(s);
            case LOCAL_DATE_TIME -> LocalDateTime.parse(s);
            case LOCAL_TIME -> LocalTime.parse(s);
            case DURATION -> Duration.parse(s);
            case YEAR -> Year.parse(YearText.signed(s), YearText.YEAR);
            case YEAR_MONTH -> YearMonth.parse(YearText.signed(s), YearText.YEAR_MONTH);
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

    /**
     * Years as ISO-8601 writes them: four digits at least, a sign beyond 9999 ({@code +10000-01}), which the parsers
     * need (a year's and a year-month's {@code toString()} leave it out). Made when first needed.
     */
    private static final class YearText {
        static final DateTimeFormatter YEAR = new DateTimeFormatterBuilder()
                .appendValue(ChronoField.YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
                .toFormatter();
        static final DateTimeFormatter YEAR_MONTH = new DateTimeFormatterBuilder()
                .append(YEAR)
                .appendLiteral('-')
                .appendValue(ChronoField.MONTH_OF_YEAR, 2)
                .toFormatter();

        /** {@code text} with the sign that a year of more than four digits written without one needs. */
        static String signed(String text) {
            int digits = 0;
            while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
                digits++;
            }
            return digits > 4 ? "+" + text : text;
        }
    }
}
