package io.dynantic.it.engine;

import io.dynantic.local.json.Json;
import io.dynantic.local.json.JsonException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The answers {@link DifferentialTest} compares, and the normalisation it applies to them first. Everything that is
 * not named here is compared exactly.
 */
final class Answers {
    /** What can differ between two answers. */
    static final Set<String> ASPECTS = Set.of("status", "type", "message", "body");

    /**
     * Members left out: the times a table was made or changed and the random table id, which differ from one run to
     * the next on every server; and the sizes and item counts of tables and indexes, of which the API reference
     * (TableDescription, "ItemCount") says "DynamoDB updates this value approximately every six hours. Recent changes
     * might not be reflected in this value."
     */
    private static final Set<String> VOLATILE = Set.of(
            "CreationDateTime",
            "LastIncreaseDateTime",
            "LastDecreaseDateTime",
            "LastUpdateToPayPerRequestDateTime",
            "TableId",
            "ItemCount",
            "TableSizeBytes",
            "IndexSizeBytes");

    /** The account and region of an ARN, which depend on the server's configuration. */
    private static final String ARN = "arn:aws:dynamodb:[^:]*:[^:]*:";

    private Answers() {}

    /** One answer: the HTTP status and the parsed JSON body (a string when the body is not JSON). */
    record Answer(int status, Object json) {
        static Answer of(int status, byte[] body) {
            String text = new String(body, StandardCharsets.UTF_8);
            try {
                return new Answer(status, Json.parse(text));
            } catch (JsonException e) {
                return new Answer(status, text);
            }
        }

        boolean isError() {
            return status >= 300;
        }

        /** The error's type without its namespace (the part after {@code #}), or null. */
        String type() {
            if (!isError() || !(json instanceof Map<?, ?> map) || !(map.get("__type") instanceof String type)) {
                return null;
            }
            return type.substring(type.indexOf('#') + 1);
        }

        /** The error's message, spelt {@code message} or {@code Message}, or null. */
        String message() {
            if (!isError() || !(json instanceof Map<?, ?> map)) {
                return null;
            }
            Object message = map.containsKey("message") ? map.get("message") : map.get("Message");
            return message instanceof String text ? text : null;
        }

        /** The body as compared: an error's other members, or the whole success, normalised. */
        Object comparable(String action) {
            if (!(json instanceof Map<?, ?> map)) {
                return json;
            }
            Map<String, Object> members = new LinkedHashMap<>();
            map.forEach((key, value) -> members.put((String) key, value));
            if (isError()) {
                members.remove("__type");
                members.remove("message");
                members.remove("Message");
            }
            return normalise(members, action);
        }

        String brief() {
            return status + " " + (isError() ? type() + ": " + message() + rest() : Json.write(json));
        }

        private String rest() {
            Object rest = comparable("");
            return rest instanceof Map<?, ?> map && map.isEmpty() ? "" : " " + Json.write(rest);
        }
    }

    /** The aspects in which {@code other} differs from {@code reference}: empty when they agree. */
    static Set<String> differences(String action, Answer reference, Answer other) {
        Set<String> aspects = new TreeSet<>();
        if (reference.status() != other.status()) {
            aspects.add("status");
            return aspects; // the rest follows from it
        }
        if (!java.util.Objects.equals(reference.type(), other.type())) {
            aspects.add("type");
        }
        if (!java.util.Objects.equals(reference.message(), other.message())) {
            aspects.add("message");
        }
        if (!reference.comparable(action).equals(other.comparable(action))) {
            aspects.add("body");
        }
        return aspects;
    }

    /** Where two bodies differ, as JSON paths with both values; at most {@code limit} of them. */
    static List<String> paths(String action, Answer reference, Answer other, int limit) {
        List<String> out = new ArrayList<>();
        paths("", reference.comparable(action), other.comparable(action), out);
        return out.size() <= limit ? out : out.subList(0, limit);
    }

    private static void paths(String at, Object a, Object b, List<String> out) {
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            Set<Object> keys = new TreeSet<>();
            keys.addAll(x.keySet());
            keys.addAll(y.keySet());
            for (Object key : keys) {
                paths(at + "." + key, x.get(key), y.get(key), out);
            }
        } else if (a instanceof List<?> x && b instanceof List<?> y && x.size() == y.size()) {
            for (int i = 0; i < x.size(); i++) {
                paths(at + "[" + i + "]", x.get(i), y.get(i), out);
            }
        } else if (!java.util.Objects.equals(a, b)) {
            out.add((at.isEmpty() ? "." : at) + ": " + show(a) + " / " + show(b));
        }
    }

    private static String show(Object value) {
        return value == null ? "(absent)" : Json.write(value);
    }

    /**
     * Normalises a body: members in a fixed order, volatile members dropped, ARNs without account and region, the
     * members of sets (SS, NS, BS) sorted since a set has no order, numbers compared by value, and the items of a
     * Scan or of BatchGetItem's Responses sorted since their order is up to the service.
     */
    static Object normalise(Object json, String action) {
        Object value = canonical(json);
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> members = (Map<String, Object>) map;
            if (action.equals("Scan") && members.get("Items") instanceof List<?> items) {
                members.put("Items", sorted(items));
            }
            if (action.equals("BatchGetItem") && members.get("Responses") instanceof Map<?, ?> responses) {
                Map<String, Object> tables = new TreeMap<>();
                responses.forEach((table, items) -> tables.put((String) table, sorted((List<?>) items)));
                members.put("Responses", tables);
            }
        }
        return value;
    }

    private static Object canonical(Object json) {
        if (json instanceof Map<?, ?> map) {
            Map<String, Object> members = new TreeMap<>();
            map.forEach((key, value) -> {
                if (!VOLATILE.contains((String) key)) {
                    Object member = canonical(value);
                    boolean set = key.equals("SS") || key.equals("NS") || key.equals("BS");
                    members.put((String) key, set && member instanceof List<?> list ? sorted(list) : member);
                }
            });
            return members;
        }
        if (json instanceof List<?> list) {
            List<Object> elements = new ArrayList<>();
            list.forEach(element -> elements.add(canonical(element)));
            return elements;
        }
        if (json instanceof String text) {
            return text.replaceAll(ARN, "arn:aws:dynamodb:<region>:<account>:");
        }
        if (json instanceof BigDecimal number) {
            return number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        }
        return json;
    }

    private static List<Object> sorted(List<?> list) {
        List<Object> elements = new ArrayList<>(list);
        elements.sort(Comparator.comparing(Json::write));
        return elements;
    }
}
