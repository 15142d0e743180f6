package io.dynantic.internal.operation;

import io.dynantic.ConditionFailedException;
import io.dynantic.OptimisticLockException;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Explains a failed condition of a single-item write. */
final class ConditionFailures {
    private ConditionFailures() {}

    /**
     * A failed condition as {@link OptimisticLockException} when the stored version is not the expected
     * one (or a new versioned item already exists), else as {@link ConditionFailedException}.
     */
    static ConditionFailedException of(
            ItemCodec<?> codec,
            ConditionalCheckFailedException e,
            String operation,
            Object expectedVersion,
            boolean create,
            boolean versioned) {
        Map<String, AttributeValue> old = e.hasItem() ? e.item() : null;
        Object oldItem = codec.readLeniently(old);
        String where = operation + " on table " + codec.tableName();
        var version = codec.model().primary().version();
        if (create && old != null && !old.isEmpty()) {
            return new ConditionFailedException(where + ": an item with this key already exists", oldItem, e);
        }
        if (versioned && version != null) {
            AttributeValue stored = old == null ? null : old.get(version.attributeName());
            String storedVersion = stored == null ? null : stored.n();
            String expected = expectedVersion == null ? null : expectedVersion.toString();
            if (!Objects.equals(storedVersion, expected)) {
                String found = old == null || old.isEmpty()
                        ? "the item no longer exists"
                        : storedVersion == null
                                ? "the stored item has no version"
                                : "the stored version is " + storedVersion;
                return new OptimisticLockException(
                        where + ": expected version " + (expected == null ? "none (a new item)" : expected) + " but "
                                + found,
                        oldItem,
                        e);
            }
        }
        return new ConditionFailedException(where + ": the condition was not met", oldItem, e);
    }
}
