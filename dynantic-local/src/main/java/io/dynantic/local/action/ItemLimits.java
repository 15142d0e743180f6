package io.dynantic.local.action;

import io.dynantic.local.ValidationException;
import io.dynantic.local.value.ItemSize;
import io.dynantic.local.value.Value;
import java.util.Collection;
import java.util.Map;

/** DynamoDB's limits on one item: 400 KB, and lists and maps nested at most 32 deep. */
final class ItemLimits {
    /** The largest item DynamoDB stores: 400 KB. */
    static final long MAX_ITEM_SIZE = 400 * 1024;

    // DynamoDB's message for PutItem of a too large item; confirmed from DynamoDB responses quoted in issues
    // ("ValidationException: Item size has exceeded the maximum allowed size").
    static final String ITEM_TOO_LARGE = "Item size has exceeded the maximum allowed size";

    // DynamoDB's message for an UpdateItem whose result is too large; listed among UpdateItem's failure causes in
    // the DynamoDB API Reference ("Item size to update has exceeded the maximum allowed size.") as reproduced in
    // the AWS SDKs' documentation.
    static final String UPDATE_TOO_LARGE = "Item size to update has exceeded the maximum allowed size";

    private ItemLimits() {}

    /** The deepest nesting DynamoDB stores: 32 levels, the attribute itself being the first. */
    static final int MAX_LEVELS = 32;

    // DynamoDB's message for a deeper item; confirmed from a conformance suite run against DynamoDB
    // (paritysuite/dynamodb-conformance, limits/nestingDepth).
    static final String TOO_DEEP = "Nesting Levels have exceeded supported limits: Attributes in the item have nested"
            + " levels beyond supported limit";

    static void check(Map<String, Value> item, String message) {
        if (ItemSize.of(item) > MAX_ITEM_SIZE) {
            throw new ValidationException(message);
        }
        checkDepth(item.values());
    }

    /** Refuses values nested deeper than DynamoDB allows. */
    static void checkDepth(Collection<Value> values) {
        for (Value value : values) {
            if (1 + depth(value) > MAX_LEVELS) {
                throw new ValidationException(TOO_DEEP);
            }
        }
    }

    private static int depth(Value value) {
        if (value instanceof Value.L list) {
            return 1 + list.values().stream().mapToInt(ItemLimits::depth).max().orElse(0);
        }
        if (value instanceof Value.M map) {
            return 1
                    + map.values().values().stream()
                            .mapToInt(ItemLimits::depth)
                            .max()
                            .orElse(0);
        }
        return 0;
    }
}
