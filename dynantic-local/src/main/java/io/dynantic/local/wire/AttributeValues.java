package io.dynantic.local.wire;

import io.dynantic.local.ValidationException;
import io.dynantic.local.value.Numbers;
import io.dynantic.local.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DynamoDB's JSON form of attribute values ({@code {"S": "text"}}, {@code {"N": "1"}}, ...), both ways. */
final class AttributeValues {
    // DynamoDB's messages for malformed attribute values; confirmed from tests recorded against DynamoDB (dynalite),
    // including its typos and spacing.
    static final String EMPTY = "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes";
    static final String SEVERAL_TYPES = "Supplied AttributeValue has more than one datatypes set, must contain exactly"
            + " one of the supported datatypes";
    static final String NULL_FALSE =
            "One or more parameter values were invalid: Null attribute value types must have" + " the value of true";
    static final String EMPTY_STRING_SET = "One or more parameter values were invalid: An string set  may not be empty";
    static final String EMPTY_NUMBER_SET = "One or more parameter values were invalid: An number set  may not be empty";
    static final String EMPTY_BINARY_SET = "One or more parameter values were invalid: Binary sets should not be empty";
    static final String DUPLICATE_STRINGS =
            "One or more parameter values were invalid: Input collection %s contains duplicates.";
    static final String DUPLICATE_BINARIES =
            "One or more parameter values were invalid: Input collection %sof type BS contains duplicates.";
    static final String DUPLICATE_NUMBERS = "Input collection contains duplicates";
    static final String UNEXPECTED_VALUE = "Unexpected value type in payload";

    private AttributeValues() {}

    // How DynamoDB places the message of a malformed value by where the value is; confirmed from tests recorded
    // against DynamoDB (dynalite).
    static final String IN_EXPRESSION_VALUES = "ExpressionAttributeValues contains invalid value: %s for key %s";
    static final String IN_START_KEY = "The provided starting key is invalid: %s";

    static Map<String, Value> readItem(Object json, String member) {
        Map<String, Object> members = Shapes.object(json);
        Map<String, Value> item = new LinkedHashMap<>();
        members.forEach((name, value) -> {
            try {
                item.put(name, read(value));
            } catch (ValidationException e) {
                throw located(e, member, name);
            }
        });
        return item;
    }

    /** A map value's members; a problem inside is reported where the whole value is. */
    private static Map<String, Value> readMap(Object json) {
        Map<String, Value> map = new LinkedHashMap<>();
        Shapes.object(json).forEach((name, value) -> map.put(name, read(value)));
        return map;
    }

    private static ValidationException located(ValidationException e, String member, String name) {
        return switch (member) {
            case "expressionAttributeValues" ->
                new ValidationException(String.format(IN_EXPRESSION_VALUES, e.getMessage(), name));
            case "exclusiveStartKey" -> new ValidationException(String.format(IN_START_KEY, e.getMessage()));
            default -> e;
        };
    }

    static Value read(Object json) {
        if (!(json instanceof Map)) {
            throw Shapes.serialization(UNEXPECTED_VALUE);
        }
        Map<String, Object> typed = Shapes.object(json);
        if (typed.isEmpty()) {
            throw new ValidationException(EMPTY);
        }
        if (typed.size() > 1) {
            throw new ValidationException(SEVERAL_TYPES);
        }
        Map.Entry<String, Object> only = typed.entrySet().iterator().next();
        Object body = only.getValue();
        return switch (only.getKey()) {
            case "S" -> new Value.S(Shapes.string(body));
            case "N" -> Value.N.of(Shapes.string(body));
            case "B" -> new Value.B(binary(body));
            case "BOOL" -> new Value.Bool(Shapes.bool(body));
            case "NULL" -> {
                if (!Shapes.bool(body)) {
                    throw new ValidationException(NULL_FALSE);
                }
                yield new Value.Null();
            }
            case "SS" -> {
                List<String> members = new ArrayList<>();
                Shapes.list(body).forEach(m -> members.add(Shapes.string(m)));
                yield new Value.SS(distinct(members, EMPTY_STRING_SET, String.format(DUPLICATE_STRINGS, members)));
            }
            case "NS" -> {
                List<BigDecimal> numbers = new ArrayList<>();
                for (Object m : Shapes.list(body)) {
                    numbers.add(Numbers.parse(Shapes.string(m)));
                }
                yield new Value.NS(distinct(numbers, EMPTY_NUMBER_SET, DUPLICATE_NUMBERS));
            }
            case "BS" -> {
                List<Value.B> members = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                for (Object m : Shapes.list(body)) {
                    members.add(new Value.B(binary(m)));
                    texts.add(Shapes.string(m));
                }
                yield new Value.BS(distinct(members, EMPTY_BINARY_SET, String.format(DUPLICATE_BINARIES, texts)));
            }
            case "L" -> {
                List<Value> elements = new ArrayList<>();
                Shapes.list(body).forEach(m -> elements.add(read(m)));
                yield new Value.L(elements);
            }
            case "M" -> new Value.M(readMap(body));
            default -> throw new ValidationException(EMPTY);
        };
    }

    /** The members as a set; refuses an empty or a repeating one with DynamoDB's messages. */
    private static <T> Set<T> distinct(List<T> members, String emptyMessage, String duplicatesMessage) {
        if (members.isEmpty()) {
            throw new ValidationException(emptyMessage);
        }
        Set<T> set = new LinkedHashSet<>(members);
        if (set.size() != members.size()) {
            throw new ValidationException(duplicatesMessage);
        }
        return set;
    }

    private static byte[] binary(Object json) {
        if (!(json instanceof String)) {
            throw Shapes.serialization(Shapes.NOT_BASE64);
        }
        try {
            return Base64.getDecoder().decode(Shapes.string(json));
        } catch (IllegalArgumentException e) {
            throw Shapes.serialization(Shapes.NOT_BASE64);
        }
    }

    static Map<String, Object> writeItem(Map<String, Value> item) {
        Map<String, Object> json = new LinkedHashMap<>();
        item.forEach((name, value) -> json.put(name, write(value)));
        return json;
    }

    static Map<String, Object> write(Value value) {
        return Map.of(value.type().name(), body(value));
    }

    private static Object body(Value value) {
        if (value instanceof Value.S s) {
            return s.value();
        } else if (value instanceof Value.N n) {
            return n.value().toPlainString();
        } else if (value instanceof Value.B b) {
            return Base64.getEncoder().encodeToString(b.value());
        } else if (value instanceof Value.Bool b) {
            return b.value();
        } else if (value instanceof Value.Null) {
            return Boolean.TRUE;
        } else if (value instanceof Value.SS ss) {
            return List.copyOf(ss.values());
        } else if (value instanceof Value.NS ns) {
            return ns.values().stream().map(BigDecimal::toPlainString).toList();
        } else if (value instanceof Value.BS bs) {
            return bs.values().stream()
                    .map(b -> Base64.getEncoder().encodeToString(b.value()))
                    .toList();
        } else if (value instanceof Value.L l) {
            return l.values().stream().map(AttributeValues::write).toList();
        }
        return writeItem(((Value.M) value).values());
    }
}
