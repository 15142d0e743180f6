package io.dynantic.examples;

import io.dynantic.DynamoModel;
import io.dynantic.annotation.Attribute;
import io.dynantic.annotation.CreatedAt;
import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.GsiPartitionKey;
import io.dynantic.annotation.GsiSortKey;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.SortKey;
import io.dynantic.annotation.Ttl;
import io.dynantic.annotation.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A member of a team in the user directory: partitioned by team, sorted by e-mail. */
@DynamoTable("members")
public record Member(
        @PartitionKey String team,
        @SortKey @Email String email,
        @NotBlank String name,
        Role role,
        @GsiPartitionKey("by-role") String roleKey,
        @GsiSortKey("by-role") Instant joinedAt,
        Set<String> skills,
        Office office,
        List<String> history,
        @CreatedAt Instant createdAt,
        @Ttl Instant inviteExpiresAt,
        @Version Long version,
        @Attribute("login_count") int loginCount)
        implements DynamoModel<Member> {

    /** What a member does. */
    public enum Role {
        ENGINEER,
        DESIGNER,
        MANAGER
    }

    /** Where a member sits. */
    public record Office(String city, String building) {}

    static Member joining(String team, String email, String name, Role role, Instant joinedAt, Set<String> skills) {
        return new Member(team, email, name, role, role.name(), joinedAt, skills, null, List.of(), null, null, null, 0);
    }

    Member withOffice(Office newOffice) {
        return new Member(
                team,
                email,
                name,
                role,
                roleKey,
                joinedAt,
                skills,
                newOffice,
                history,
                createdAt,
                inviteExpiresAt,
                version,
                loginCount);
    }

    Member withName(String newName) {
        return new Member(
                team,
                email,
                newName,
                role,
                roleKey,
                joinedAt,
                skills,
                office,
                history,
                createdAt,
                inviteExpiresAt,
                version,
                loginCount);
    }
}
