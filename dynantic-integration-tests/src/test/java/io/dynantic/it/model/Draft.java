package io.dynantic.it.model;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.Ignore;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.Version;
import java.util.List;
import java.util.Optional;

/** A record with components that are never stored, and a constructor that checks its text. */
@DynamoTable("drafts")
public record Draft(
        @PartitionKey String id,
        String text,
        @Ignore int views,
        @Ignore List<String> scratch,
        @Ignore Thread editor,
        @Ignore Optional<String> note,
        @Version Long version) {
    public Draft {
        if (text != null && text.startsWith("!")) {
            throw new IllegalArgumentException("a draft's text cannot start with '!'");
        }
    }
}
