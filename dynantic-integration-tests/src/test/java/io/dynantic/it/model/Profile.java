package io.dynantic.it.model;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.Format;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.convert.InstantFormat;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Optional fields, one in an epoch format, one with a constraint on its value, one of a list. */
@DynamoTable("profiles")
public record Profile(
        @PartitionKey String id,
        Optional<String> nickname,
        @Format(InstantFormat.EPOCH_MILLIS) Optional<Instant> seen,
        Optional<@Size(max = 5) String> code,
        Optional<List<String>> aliases) {}
