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
        return builder(keys).build();
    }

    /** A builder of reads of {@code keys}, with nothing else given. */
    public static Builder builder(List<Map<String, Value>> keys) {
        return new Builder().keys(keys);
    }

    /** A builder starting from these keys and attributes. */
    public Builder toBuilder() {
        return new Builder()
                .keys(keys)
                .projectionExpression(projectionExpression)
                .expressionAttributeNames(expressionAttributeNames)
                .consistentRead(consistentRead);
    }

    /** Builds {@link KeysAndAttributes}; each setter sets the component of the same name. */
    public static final class Builder {
        private List<Map<String, Value>> keys;
        private String projectionExpression;
        private Map<String, String> expressionAttributeNames;
        private boolean consistentRead;

        private Builder() {}

        public Builder keys(List<Map<String, Value>> value) {
            keys = value;
            return this;
        }

        public Builder projectionExpression(String value) {
            projectionExpression = value;
            return this;
        }

        public Builder expressionAttributeNames(Map<String, String> value) {
            expressionAttributeNames = value;
            return this;
        }

        public Builder consistentRead(boolean value) {
            consistentRead = value;
            return this;
        }

        /** The keys and attributes, with the record's defaults for what was not given. */
        public KeysAndAttributes build() {
            return new KeysAndAttributes(keys, projectionExpression, expressionAttributeNames, consistentRead);
        }
    }
}
