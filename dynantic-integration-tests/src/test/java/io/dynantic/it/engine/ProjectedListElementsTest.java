package io.dynantic.it.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.Dynantic;
import io.dynantic.Table;
import io.dynantic.it.model.User;
import io.dynantic.it.model.UserStatus;
import io.dynantic.it.model.User_;
import io.dynantic.local.Engine;
import io.dynantic.testing.LocalDynamoDb;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code values(...)} of list elements. DynamoDB answers a projection of {@code history[1]} and {@code history[3]}
 * with a list of just those elements, packed in index order; each must still be read as the element it names.
 * On the engine only: moto does not resolve a name placeholder followed by an index in a projection ({@code
 * #n1[1]}: "Value provided in ExpressionAttributeNames unused"), and the moto cross-check leaves this package out.
 */
class ProjectedListElementsTest {
    @Test
    void eachElementIsReadFromItsOwnIndex() {
        try (LocalDynamoDb db = LocalDynamoDb.startEngine(Engine.create())) {
            Table<User> users = Dynantic.create(db.client()).table(User.class);
            users.createTable();
            for (int i = 0; i < 3; i++) {
                List<String> history = i == 2 ? List.of("a2", "b2") : List.of("a" + i, "b" + i, "c" + i, "d" + i);
                users.save(new User(
                        "p",
                        "u" + i + "@b.c",
                        "User " + i,
                        UserStatus.ACTIVE,
                        null,
                        null,
                        Set.of(),
                        null,
                        history,
                        null,
                        null,
                        null,
                        null,
                        null,
                        i));
            }
            assertThat(users.query("p").values(User_.history.index(1))).containsExactly("b0", "b1", "b2");
            assertThat(users.query("p").values(User_.history.index(3), User_.history.index(1)))
                    .containsExactly(
                            Map.of("history[3]", "d0", "history[1]", "b0"),
                            Map.of("history[3]", "d1", "history[1]", "b1"),
                            Map.of("history[1]", "b2"));
        }
    }
}
