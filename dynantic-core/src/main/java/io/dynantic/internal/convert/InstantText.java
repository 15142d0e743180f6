package io.dynantic.internal.convert;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The default stored form of an {@code Instant}: {@code 2024-03-01T12:00:00.000000000Z}, always
 * nine fraction digits, so that string order is time order. Years 0000 to 9999 take a hand-written fast
 * path (java.time's formatter costs several times more); other years use the ISO form with a sign.
 */
final class InstantText {
    private static final long SECONDS_PER_DAY = 86_400;
    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z in epoch seconds. */
    private static final long MIN_FAST = -62_167_219_200L;

    private static final long MAX_FAST = 253_402_300_800L;
    private static final int LENGTH = 30;

    private InstantText() {}

    /** The java.time formatter for years outside 0000..9999, loaded only when one occurs. */
    private static final class Wide {
        static final DateTimeFormatter FORMAT =
                new DateTimeFormatterBuilder().appendInstant(9).toFormatter();
    }

    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < MIN_FAST || seconds >= MAX_FAST) {
            return Wide.FORMAT.format(instant);
        }
        long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        // Civil date from days since 1970-01-01 (the era-based algorithm used by proleptic calendars).
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

        char[] out = new char[LENGTH];
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, month, 2);
        out[7] = '-';
        digits(out, 8, day, 2);
        out[10] = 'T';
        digits(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        digits(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, secondOfDay % 60, 2);
        out[19] = '.';
        digits(out, 20, instant.getNano(), 9);
        out[29] = 'Z';
        return new String(out);
    }

    /**
     * Python's form: the instant truncated to microseconds, with six fraction digits, or none when
     * they are all zero.
     */
    static String formatMicros(Instant instant) {
        int micros = instant.getNano() / 1000;
        String fixed = format(instant);
        int dot = fixed.lastIndexOf('.');
        return micros == 0 ? fixed.substring(0, dot) + "Z" : fixed.substring(0, dot + 7) + "Z";
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** Reads the stored form, or any ISO-8601 date-time; one without an offset is taken as UTC. */
    static Instant parse(String s) {
        Instant fast = parseUtc(s);
        if (fast != null) {
            return fast;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException notInstant) {
            try {
                return ZonedDateTime.parse(s).toInstant();
            } catch (DateTimeParseException notZoned) {
                try {
                    return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notLocal) {
                    throw new IllegalArgumentException("\"" + s + "\" is not an ISO-8601 date-time", notInstant);
                }
            }
        }
    }

    /**
     * The fast path for {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} with 0 to 9 fraction digits: the stored
     * form and what {@code Instant.toString()} writes. Null for anything else.
     */
    private static @Nullable Instant parseUtc(String s) {
        int length = s.length();
        if (length < 20 || length > 30 || s.charAt(length - 1) != 'Z') {
            return null;
        }
        int nano = 0;
        if (length > 20) {
            if (s.charAt(19) != '.' || length == 21) {
                return null;
            }
            int digits = length - 21;
            nano = number(s, 20, digits);
            if (nano < 0) {
                return null;
            }
            for (int i = digits; i < 9; i++) {
                nano *= 10;
            }
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 2);
        int day = number(s, 8, 2);
        int hour = number(s, 11, 2);
        int minute = number(s, 14, 2);
        int second = number(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':'
                || month < 1
                || month > 12
                || day < 1
                || day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()
                || hour > 23
                || minute > 59
                || second > 59) {
            return null;
        }
        // Days since 1970-01-01 from a civil date (inverse of the algorithm in format).
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        long days = era * 146_097 + dayOfEra - 719_468;
        return Instant.ofEpochSecond(days * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, nano);
    }

    /** The decimal number in {@code s[at, at + width)}, or -1 if any character is not a digit. */
    private static int number(String s, int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
