package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.Dynantic;
import io.dynantic.Table;
import io.dynantic.it.model.User;
import io.dynantic.testing.DynamoTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Library loggers run at DEBUG in this suite, writing to target/dynantic-debug.log
 * (src/test/resources/simplelogger.properties); key values and item contents must not appear there.
 */
@DynamoTest(models = User.class)
class LoggingTest {
    @Test
    void requestsAreLoggedWithHashedKeysOnly(Dynantic dyn) throws IOException {
        Table<User> users = dyn.table(User.class);
        users.save(User.of("secret-partition-4711", "secret-sort@example.com", "Secret Content Name"));
        users.get("secret-partition-4711", "secret-sort@example.com");
        users.delete("secret-partition-4711", "secret-sort@example.com");

        String log = Files.readString(Path.of("target/dynantic-debug.log"), StandardCharsets.UTF_8);
        assertThat(log)
                .containsPattern("PutItem " + users.tableName() + " key [0-9a-f]{12}")
                .containsPattern("GetItem " + users.tableName() + " key [0-9a-f]{12}")
                .containsPattern("DeleteItem " + users.tableName() + " key [0-9a-f]{12}")
                .doesNotContain("secret-partition-4711")
                .doesNotContain("secret-sort")
                .doesNotContain("Secret Content Name");
    }
}
