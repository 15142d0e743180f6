package io.dynantic.it.model;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Constraints on collection elements and on models inside them and inside an optional. */
@DynamoTable("rosters")
public record Roster(
        @PartitionKey String id,
        @Size(min = 3) List<@Valid Address> places,
        List<@NotBlank String> lines,
        Map<String, @Min(0) Integer> counts,
        Set<@Size(max = 3) String> tags,
        Optional<@Valid Address> home) {}
