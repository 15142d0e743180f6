package io.dynantic.convert;

/**
 * How an {@code Instant} is stored. {@link #ISO_FIXED} is the default; choose another per field with
 * {@link io.dynantic.annotation.Format @Format} or for every field with {@code
 * Dynantic.builder().instantFormat(...)}, typically to share a table with another library. Keys, key
 * conditions, conditions and updates encode a value exactly as its field stores it. Reading a text
 * format accepts any ISO-8601 form, so changing the format never makes stored items unreadable
 * (though keys written in another form are not found by {@code get}).
 */
public enum InstantFormat {
    /**
     * {@code 2024-03-01T12:00:05.000000000Z}: UTC, always nine fraction digits (S). Lossless, and
     * text order is time order, so range conditions and sort keys work.
     */
    ISO_FIXED,
    /**
     * {@code Instant.toString()}: {@code 2024-03-01T12:00:05Z}, {@code …05.120Z} (S), as the AWS
     * Enhanced Client writes. Lossless, but text order is not time order: {@code …05Z} sorts after
     * {@code …05.5Z}.
     */
    ISO,
    /**
     * None or six fraction digits, {@code …05Z} or {@code …05.123456Z} (S), as Python's {@code
     * datetime} and the Python dynantic write; truncated to microseconds. Text order is not time order
     * within a second.
     */
    ISO_MICROS,
    /** Seconds since the epoch (N), truncated to the second; numeric order is time order. */
    EPOCH_SECONDS,
    /** Milliseconds since the epoch (N), truncated to the millisecond; numeric order is time order. */
    EPOCH_MILLIS
}
