package io.dynantic.it.model;

import io.dynantic.annotation.DiscriminatorValue;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.Ttl;
import java.time.Instant;

/** A polymorphic table whose TTL attribute only its second subtype declares. */
@DynamoTable(value = "leases", discriminator = "kind")
public sealed interface Lease permits Lease.Holder, Lease.Grant {

    @DiscriminatorValue("HOLDER")
    record Holder(@PartitionKey String id, String name) implements Lease {}

    @DiscriminatorValue("GRANT")
    record Grant(@PartitionKey String id, @Ttl Instant expiresAt) implements Lease {}
}
