package io.dynantic.local;

import io.dynantic.local.value.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DynamoDB's {@code ConditionalCheckFailedException}: a write's ConditionExpression was false. Carries the item
 * as it was when the request asked for it with {@code ReturnValuesOnConditionCheckFailure=ALL_OLD}.
 */
public final class ConditionalCheckFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    // DynamoDB's message; confirmed as the text DynamoDB sends (quoted in many issues, for example
    // "ConditionalCheckFailedException: The conditional request failed").
    public static final String MESSAGE = "The conditional request failed";

    private final transient Map<String, Value> item;

    /** Creates the exception, with the old item ({@code null} when not asked for or when there was none). */
    public ConditionalCheckFailedException(Map<String, Value> item) {
        super(MESSAGE);
        this.item = item == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(item));
    }

    /** The item as it was, or {@code null} when not asked for or when the item did not exist. */
    public Map<String, Value> item() {
        return item;
    }
}
