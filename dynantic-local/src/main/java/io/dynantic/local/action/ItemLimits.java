package io.dynantic.local.action;

import io.dynantic.local.ValidationException;
import io.dynantic.local.value.ItemSize;
import io.dynantic.local.value.Value;
import java.util.Map;

/** DynamoDB's item size limit of 400 KB. */
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

    static void check(Map<String, Value> item, String message) {
        if (ItemSize.of(item) > MAX_ITEM_SIZE) {
            throw new ValidationException(message);
        }
    }
}
