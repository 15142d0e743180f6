package io.dynantic.it.model;

import io.dynantic.annotation.Attribute;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.GsiPartitionKey;
import io.dynantic.annotation.GsiSortKey;
import io.dynantic.annotation.LsiSortKey;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.SortKey;
import io.dynantic.annotation.Ttl;
import io.dynantic.annotation.Version;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The model of API.md section 1. */
@DynamoTable("users")
public record User(
        @PartitionKey String userId,
        @SortKey String email,
        @NotBlank String name,
        UserStatus status,
        Instant createdAt,
        BigDecimal balance,
        Set<String> tags,
        Address address,
        List<String> history,
        @GsiPartitionKey("by-status") String statusKey,
        @GsiSortKey("by-status") Instant lastLogin,
        @LsiSortKey("by-created") Instant signedUpAt,
        @Ttl Instant expiresAt,
        @Version Long version,
        @Attribute("login_count") int loginCount) {

    /** A valid user with the given keys and name, everything else empty. */
    public static User of(String userId, String email, String name) {
        return new User(
                userId,
                email,
                name,
                UserStatus.ACTIVE,
                null,
                null,
                Set.of(),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                0);
    }

    public User withVersion(Long v) {
        return new User(
                userId,
                email,
                name,
                status,
                createdAt,
                balance,
                tags,
                address,
                history,
                statusKey,
                lastLogin,
                signedUpAt,
                expiresAt,
                v,
                loginCount);
    }

    public User withName(String n) {
        return new User(
                userId,
                email,
                n,
                status,
                createdAt,
                balance,
                tags,
                address,
                history,
                statusKey,
                lastLogin,
                signedUpAt,
                expiresAt,
                version,
                loginCount);
    }

    public User withExpiresAt(Instant at) {
        return new User(
                userId,
                email,
                name,
                status,
                createdAt,
                balance,
                tags,
                address,
                history,
                statusKey,
                lastLogin,
                signedUpAt,
                at,
                version,
                loginCount);
    }
}
