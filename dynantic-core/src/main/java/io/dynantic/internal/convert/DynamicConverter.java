package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts by runtime class, for values that no model field describes (conditions on {@code
 * Attribute.named(...)} attributes the model does not have). Reads give String, BigDecimal,
 * Boolean, byte[], List, Map and Set values.
 */
public final class DynamicConverter implements AttributeConverter<Object> {
    private final ConverterRegistry registry;

    public DynamicConverter(ConverterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public AttributeType type() {
        return AttributeType.S;
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable AttributeValue write(Object value) {
        if (value instanceof Set<?> set && !set.isEmpty()) {
            Object first = set.iterator().next();
            AttributeConverter<Object> element = (AttributeConverter<Object>) registry.find(first.getClass());
            if (element.type().isKeyType()) {
                return new CollectionConverters.SetConverter<>(element, LinkedHashSet::new, false)
                        .write((Set<Object>) set);
            }
        }
        if (value instanceof Collection<?> c) {
            List<AttributeValue> out = new ArrayList<>(c.size());
            for (Object e : c) {
                out.add(e == null ? AttributeValue.createNul(true) : write(e));
            }
            return AttributeValue.createL(out);
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, AttributeValue> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? AttributeValue.createNul(true) : write(v)));
            return AttributeValue.createM(out);
        }
        return ((AttributeConverter<Object>) registry.find(value.getClass())).write(value);
    }

    @Override
    // NULL and types unknown to the SDK read as null: V is Object here, but this converter's reads are nullable.
    @SuppressWarnings("NullAway")
    public @Nullable Object read(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> new BigDecimal(value.n());
            case B -> value.b().asByteArray();
            case BOOL -> value.bool();
            case SS -> new LinkedHashSet<>(value.ss());
            case NS -> readNumbers(value.ns());
            case BS -> readBinaries(value.bs());
            case L -> readList(value.l());
            case M -> readMap(value.m());
            default -> null;
        };
    }

    private static Set<Object> readNumbers(List<String> ns) {
        Set<Object> out = new LinkedHashSet<>();
        ns.forEach(n -> out.add(new BigDecimal(n)));
        return out;
    }

    private static Set<Object> readBinaries(List<SdkBytes> bs) {
        Set<Object> out = new LinkedHashSet<>();
        bs.forEach(b -> out.add(b.asByteArray()));
        return out;
    }

    private List<Object> readList(List<AttributeValue> l) {
        List<Object> out = new ArrayList<>(l.size());
        l.forEach(v -> out.add(read(v)));
        return out;
    }

    private Map<String, Object> readMap(Map<String, AttributeValue> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, read(v)));
        return out;
    }
}
