package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.Dynantic;
import io.dynantic.ItemValidationException;
import io.dynantic.Key;
import io.dynantic.ReturnValue;
import io.dynantic.it.model.Profile;
import io.dynantic.it.model.Profile_;
import io.dynantic.it.twin.Items;
import io.dynantic.it.twin.Mode;
import io.dynantic.testing.DynamoTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An {@code Optional<V>} field is stored as V: its typed handle names V in updates, conditions and reads. */
@DynamoTest(models = Profile.class)
@ParameterizedClass
@EnumSource(Mode.class)
class OptionalFieldTest {
    private static final Instant SEEN = Instant.parse("2024-03-01T12:00:05.123Z");

    @Parameter
    Mode mode;

    private Items<Profile> profiles;

    @BeforeEach
    void setUp(Dynantic dyn) {
        profiles = mode.items(dyn, Profile.class);
    }

    @Test
    void updatesConditionsAndReadsNameTheHeldValue(DynamoDbClient raw) {
        String id = UUID.randomUUID().toString();
        profiles.save(new Profile(id, Optional.empty(), Optional.of(SEEN), Optional.empty(), Optional.empty()));

        var changed = profiles.update(id)
                .set(Profile_.nickname, "ada")
                .condition(Profile_.seen.eq(SEEN))
                .returning(ReturnValue.UPDATED_NEW)
                .executeForAttributes();
        assertThat(changed.get(Profile_.nickname)).contains("ada");
        assertThat(profiles.get(id))
                .contains(new Profile(id, Optional.of("ada"), Optional.of(SEEN), Optional.empty(), Optional.empty()));
        Map<String, AttributeValue> stored = raw.getItem(
                        r -> r.tableName(profiles.tableName()).key(Map.of("id", AttributeValue.fromS(id))))
                .item();
        assertThat(stored).containsEntry("seen", AttributeValue.fromN("1709294405123"));
        assertThat(profiles.scan()
                        .filter(Profile_.seen.eq(SEEN).and(Profile_.id.eq(id)))
                        .values(Profile_.nickname))
                .containsExactly("ada");

        assertThatThrownBy(() -> profiles.update(Key.of(id))
                        .set(Profile_.code, "toolong")
                        .execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Profile.code: size must be between 0 and 5");
    }

    @Test
    void anEmptyOptionalReadsBackEmptyWhateverItHolds() {
        String id = UUID.randomUUID().toString();
        Profile none = new Profile(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        profiles.save(none);
        assertThat(profiles.get(id)).contains(none);
        Profile some = new Profile(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(List.of()));
        profiles.save(some);
        assertThat(profiles.get(id)).contains(some);
    }
}
