package io.dynantic.it.model;

import io.dynantic.annotation.AutoUuid;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.SortKey;
import java.util.UUID;

/** Generated UUID keys on both key fields. */
@DynamoTable("tickets")
public record Ticket(
        @PartitionKey @AutoUuid UUID queue,
        @SortKey @AutoUuid String ticketId,
        String title) {}
