package io.dynantic.local.api;

import io.dynantic.local.value.Value;
import java.util.List;
import java.util.Map;

/** The keys BatchGetItem reads from one table, with the table's projection and read consistency. */
public record KeysAndAttributes(
        List<Map<String, Value>> keys,
        String projectionExpression,
        Map<String, String> expressionAttributeNames,
        boolean consistentRead) {
    public KeysAndAttributes {
        keys = keys == null ? List.of() : keys.stream().map(Copies::orEmpty).toList();
        expressionAttributeNames = Copies.orEmpty(expressionAttributeNames);
    }

    /** Plain reads of {@code keys}. */
    public static KeysAndAttributes of(List<Map<String, Value>> keys) {
        return new KeysAndAttributes(keys, null, null, false);
    }

    /** These keys with a projection and its name placeholders. */
    public KeysAndAttributes withProjection(String expression, Map<String, String> names) {
        return new KeysAndAttributes(keys, expression, names, consistentRead);
    }

    /** Other keys with this projection and read consistency. */
    public KeysAndAttributes withKeys(List<Map<String, Value>> otherKeys) {
        return new KeysAndAttributes(otherKeys, projectionExpression, expressionAttributeNames, consistentRead);
    }
}
