package io.dynantic.internal.operation;

import io.dynantic.ConditionFailedException;
import io.dynantic.OptimisticLockException;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Explains a failed condition of a write, alone or in a transaction. */
final class ConditionFailures {
    private ConditionFailures() {}

    /** The failed condition of a single-item write. */
    static ConditionFailedException of(WriteDescription write, ConditionalCheckFailedException e) {
        return explain(write, e.hasItem() ? e.item() : null, e);
    }

    /**
     * A failed condition as {@link OptimisticLockException} when the stored version is not the expected
     * one (or a new versioned item already exists), else as {@link ConditionFailedException}.
     *
     * @param old the stored item, when DynamoDB returned it
     */
    static ConditionFailedException explain(
            WriteDescription write, @Nullable Map<String, AttributeValue> old, Throwable cause) {
        ItemCodec<?> codec = write.codec();
        WriteDescription.Failure failure = write.failure();
        Object oldItem = codec.readLeniently(old);
        String where = failure.operation() + " on table " + codec.tableName();
        if (failure.create() && old != null && !old.isEmpty()) {
            return new ConditionFailedException(where + ": an item with this key already exists", oldItem, cause);
        }
        if (old != null && !old.isEmpty() && !codec.model().owns(old)) {
            String discriminator = Objects.requireNonNull(codec.model().discriminator());
            AttributeValue stored = Objects.requireNonNull(old.get(discriminator));
            return new ConditionFailedException(
                    where + ": the item with this key is a " + stored.s() + ", which a view of "
                            + codec.model().type().getSimpleName() + " does not write",
                    null,
                    cause);
        }
        String conflict = versionConflict(write, old);
        if (conflict != null) {
            return new OptimisticLockException(where + ": " + conflict, oldItem, cause);
        }
        return new ConditionFailedException(where + ": the condition was not met", oldItem, cause);
    }

    /**
     * How the stored version differs from the one the write expects, or null when the write checks no
     * version or the versions agree (so that something else failed).
     */
    static @Nullable String versionConflict(WriteDescription write, @Nullable Map<String, AttributeValue> old) {
        var version = write.codec().model().primary().version();
        WriteDescription.Failure failure = write.failure();
        if (!failure.versioned() || version == null) {
            return null;
        }
        AttributeValue stored = old == null ? null : old.get(version.attributeName());
        String storedVersion = stored == null ? null : stored.n();
        String expected = failure.expectedVersion() == null
                ? null
                : failure.expectedVersion().toString();
        if (Objects.equals(storedVersion, expected)) {
            return null;
        }
        String found = old == null || old.isEmpty()
                ? "the item no longer exists"
                : storedVersion == null ? "the stored item has no version" : "the stored version is " + storedVersion;
        return "expected version " + (expected == null ? "none (a new item)" : expected) + " but " + found;
    }
}
