package io.dynantic.local.wire;

import io.dynantic.local.ValidationException;
import io.dynantic.local.api.GetItemRequest;
import io.dynantic.local.api.WriteRequest;
import io.dynantic.local.json.Json;
import io.dynantic.local.value.Value;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps the engine's request and response records to DynamoDB's JSON shapes and back. A record component
 * {@code tableName} is the JSON member {@code TableName}; strings, numbers, booleans, enums, instants (epoch seconds),
 * lists, string-keyed maps, nested records and attribute values are read and written by their Java types. The few
 * shapes whose JSON nests differently (write requests, TransactGetItems' {@code Get}) are mapped by hand. Unknown
 * members are ignored, as DynamoDB ignores them; a member of the wrong JSON type is a SerializationException.
 */
final class Shapes {
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private Shapes() {}

    /** A record's components with their JSON names and its canonical constructor. */
    private record Shape(RecordComponent[] components, String[] names, Method[] accessors, Constructor<?> constructor) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                names[i] = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                accessors[i] = components[i].getAccessor();
                types[i] = components[i].getType();
            }
            try {
                return new Shape(components, names, accessors, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has a canonical constructor", e);
            }
        }
    }

    /** Reads a request record of {@code type} from a JSON object. */
    static <T> T read(Class<T> type, Object json) {
        return type.cast(readValue(type, json, "request"));
    }

    /** Writes a response record as a JSON object; null members and empty item maps are left out. */
    static Map<String, Object> write(Record record) {
        Shape shape = SHAPES.computeIfAbsent(record.getClass(), Shape::of);
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < shape.components.length; i++) {
            Object value;
            try {
                value = shape.accessors[i].invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            if (value != null && !(value instanceof Map<?, ?> map && map.isEmpty() && isItem(shape.components[i]))) {
                json.put(shape.names[i], writeValue(value));
            }
        }
        return json;
    }

    private static boolean isItem(RecordComponent component) {
        return component.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[1] == Value.class;
    }

    private static Object writeValue(Object value) {
        if (value instanceof Value v) {
            return AttributeValues.write(v);
        }
        if (value instanceof WriteRequest request) {
            return request.putItem() != null
                    ? Map.of("PutRequest", Map.of("Item", AttributeValues.writeItem(request.putItem())))
                    : Map.of("DeleteRequest", Map.of("Key", AttributeValues.writeItem(request.deleteKey())));
        }
        if (value instanceof Record record) {
            return write(record);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant instant) {
            return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
        }
        if (value instanceof List<?> list) {
            List<Object> json = new ArrayList<>(list.size());
            list.forEach(element -> json.add(writeValue(element)));
            return json;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> json = new LinkedHashMap<>();
            map.forEach((k, v) -> json.put((String) k, writeValue(v)));
            return json;
        }
        return value;
    }

    private static Object readValue(Type type, Object json, String member) {
        if (json == null || json == Json.NULL) {
            return null;
        }
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (parameterized.getRawType() == List.class) {
                List<Object> elements = new ArrayList<>();
                for (Object element : list(json)) {
                    elements.add(readValue(arguments[0], element, member));
                }
                return elements;
            }
            if (arguments[1] == Value.class) {
                return AttributeValues.readItem(json, member);
            }
            Map<String, Object> entries = new LinkedHashMap<>();
            object(json).forEach((k, v) -> entries.put(k, readValue(arguments[1], v, member)));
            return entries;
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return string(json);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return bool(json);
        }
        if (raw == Integer.class || raw == int.class) {
            return number(json, "Integer").intValue();
        }
        if (raw == Long.class || raw == long.class) {
            return number(json, "Long").longValue();
        }
        if (raw == Value.class) {
            return AttributeValues.read(json);
        }
        if (raw == Instant.class) {
            BigDecimal seconds = number(json, "Date");
            return Instant.ofEpochMilli(
                    seconds.movePointRight(3).setScale(0, RoundingMode.DOWN).longValueExact());
        }
        if (raw.isEnum()) {
            return constant(raw, string(json), member);
        }
        if (raw == WriteRequest.class) {
            return writeRequest(json, member);
        }
        if (raw == GetItemRequest.class && object(json).containsKey("Get")) {
            return readRecord(raw, object(json).get("Get"), member);
        }
        if (raw.isRecord()) {
            return readRecord(raw, json, member);
        }
        throw new IllegalStateException("no JSON mapping for " + raw);
    }

    private static Object readRecord(Class<?> type, Object json, String member) {
        Map<String, Object> members = object(json);
        Shape shape = SHAPES.computeIfAbsent(type, Shape::of);
        Object[] arguments = new Object[shape.components.length];
        for (int i = 0; i < arguments.length; i++) {
            RecordComponent component = shape.components[i];
            Object value = readValue(component.getGenericType(), members.get(shape.names[i]), component.getName());
            if (value == null && component.getType().isPrimitive()) {
                value = component.getType() == boolean.class ? Boolean.FALSE : 0;
            }
            arguments[i] = value;
        }
        try {
            return shape.constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WriteRequest writeRequest(Object json, String member) {
        Map<String, Object> members = object(json);
        Object put = members.get("PutRequest");
        Object delete = members.get("DeleteRequest");
        return new WriteRequest(
                put == null ? null : AttributeValues.readItem(object(put).get("Item"), member),
                delete == null ? null : AttributeValues.readItem(object(delete).get("Key"), member));
    }

    // DynamoDB's message for a value outside an enumeration, in its "1 validation error detected" form.
    static final String ENUM = "1 validation error detected: Value '%s' at '%s' failed to satisfy constraint: Member"
            + " must satisfy enum value set: %s";

    private static Object constant(Class<?> type, String name, String member) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new ValidationException(String.format(ENUM, name, member, Arrays.toString(type.getEnumConstants())));
    }

    // DynamoDB's SerializationException messages for a member of the wrong JSON type; confirmed from tests recorded
    // against DynamoDB (dynalite's helpers).
    static final String NOT_A_STRING = "%s cannot be converted to String";
    static final String NOT_AN_INTEGER = "STRING_VALUE cannot be converted to %s";
    static final String UNEXPECTED_STRUCTURE = "Start of structure or map found where not expected";
    static final String UNRECOGNIZED_COLLECTION = "Unrecognized collection type class java.lang.String";
    static final String UNEXPECTED_FIELD = "Unexpected field type";
    static final String UNEXPECTED_TOKEN = "Unexpected token received from parser";
    static final String NOT_BASE64 = "only base-64-encoded strings are convertible to bytes";

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object json) {
        if (json instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw serialization(UNEXPECTED_FIELD);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object json) {
        if (json instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw serialization(json instanceof Map ? UNEXPECTED_STRUCTURE : UNEXPECTED_FIELD);
    }

    static String string(Object json) {
        if (json instanceof String s) {
            return s;
        }
        if (json instanceof Map) {
            throw serialization(UNEXPECTED_STRUCTURE);
        }
        if (json instanceof List) {
            throw serialization(UNRECOGNIZED_COLLECTION);
        }
        if (json instanceof Boolean b) {
            throw serialization(String.format(NOT_A_STRING, b ? "TRUE_VALUE" : "FALSE_VALUE"));
        }
        BigDecimal number = (BigDecimal) json;
        boolean integral = number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0;
        throw serialization(String.format(NOT_A_STRING, integral ? "NUMBER_VALUE" : "DECIMAL_VALUE"));
    }

    static boolean bool(Object json) {
        if (json instanceof Boolean b) {
            return b;
        }
        throw serialization(json instanceof Map ? UNEXPECTED_STRUCTURE : UNEXPECTED_TOKEN);
    }

    private static BigDecimal number(Object json, String javaType) {
        if (json instanceof BigDecimal number) {
            return number;
        }
        throw serialization(json instanceof Map ? UNEXPECTED_STRUCTURE : String.format(NOT_AN_INTEGER, javaType));
    }

    static SerializationException serialization(String message) {
        return new SerializationException(message);
    }
}
