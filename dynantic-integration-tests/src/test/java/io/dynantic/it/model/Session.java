package io.dynantic.it.model;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.Format;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.SortKey;
import io.dynantic.convert.InstantFormat;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A table shared with other libraries: each instant field in another stored form, enums by value. */
@DynamoTable("sessions")
public record Session(
        @PartitionKey String userId,
        @SortKey @Format(InstantFormat.ISO_MICROS) Instant startedAt,
        @Format(InstantFormat.EPOCH_MILLIS) Instant seenAt,
        @Format(InstantFormat.ISO) Instant endedAt,
        Instant recordedAt,
        @Format(InstantFormat.EPOCH_SECONDS) List<Instant> marks,
        Plan plan,
        Tier tier,
        Set<Tier> tiers) {

    /** A session with only its keys. */
    public static Session of(String userId, Instant startedAt) {
        return new Session(userId, startedAt, null, null, null, List.of(), null, null, Set.of());
    }
}
