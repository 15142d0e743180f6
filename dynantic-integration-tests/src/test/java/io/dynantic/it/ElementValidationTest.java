package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.Dynantic;
import io.dynantic.ItemValidationException;
import io.dynantic.it.model.Address;
import io.dynantic.it.model.Address_;
import io.dynantic.it.model.Roster;
import io.dynantic.it.model.Roster_;
import io.dynantic.it.twin.Items;
import io.dynantic.it.twin.Mode;
import io.dynantic.testing.DynamoTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** An update never stores what a save refuses: the constraints of collection elements apply to what it adds. */
@DynamoTest(models = Roster.class)
@ParameterizedClass
@EnumSource(Mode.class)
class ElementValidationTest {
    private static final Address LONDON = new Address("Main St", "London", "N1", Set.of());
    private static final Address BAD_ZIP = new Address("Main St", "London", "12345678901", Set.of());

    @Parameter
    Mode mode;

    private Items<Roster> rosters;
    private String id;

    @BeforeEach
    void setUp(Dynantic dyn) {
        rosters = mode.items(dyn, Roster.class);
        id = UUID.randomUUID().toString();
        rosters.save(new Roster(
                id, List.of(LONDON, LONDON, LONDON), List.of("a"), Map.of("a", 1), Set.of("abc"), Optional.of(LONDON)));
    }

    @Test
    void elementsAddedOrSetAreCheckedAsASaveChecksThem() {
        assertThatThrownBy(() -> rosters.update(id)
                        .append(Roster_.lines, List.of(" "))
                        .set(Roster_.counts.key("a"), -5)
                        .add(Roster_.tags, Set.of("abcdef"))
                        .append(Roster_.places, List.of(BAD_ZIP))
                        .set(Roster_.home.then(Address_.zip), "12345678901")
                        .execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("5 problems:"
                        + "\n  Roster.lines: must not be blank"
                        + "\n  Roster.counts.a: must be greater than or equal to 0"
                        + "\n  Roster.tags: size must be between 0 and 3"
                        + "\n  Roster.places[0].zip: size must be between 0 and 10"
                        + "\n  Roster.home.zip: size must be between 0 and 10");
        assertThatThrownBy(() ->
                        rosters.update(id).set(Roster_.places.index(1), BAD_ZIP).execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Roster.places[1].zip: size must be between 0 and 10");
        assertThat(rosters.get(id).orElseThrow().lines()).containsExactly("a");
        // A null element is stored as NULL, so it meets the element constraints too.
        assertThatThrownBy(() ->
                        rosters.update(id).set(Roster_.lines.index(0), null).execute())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Roster.lines[0]: must not be blank");

        // The list's own @Size(min = 3) holds for the whole list, not for the one element appended.
        rosters.update(id)
                .append(Roster_.places, List.of(LONDON))
                .set(Roster_.counts.key("b"), 2)
                .execute();
        assertThat(rosters.get(id).orElseThrow().places()).hasSize(4);
    }
}
