package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A scalar stored as text: a string (S) or a number (N), through a format and a parse function. */
final class TextConverter<V> implements AttributeConverter<V> {
    private final AttributeType type;
    private final Function<V, String> format;
    private final Function<String, V> parse;

    TextConverter(AttributeType type, Function<V, String> format, Function<String, V> parse) {
        if (type != AttributeType.S && type != AttributeType.N) {
            throw new IllegalArgumentException("text converters store S or N, not " + type);
        }
        this.type = type;
        this.format = format;
        this.parse = parse;
    }

    @Override
    public AttributeType type() {
        return type;
    }

    @Override
    public AttributeValue write(V value) {
        String text = format.apply(value);
        return type == AttributeType.S ? AttributeValue.createS(text) : AttributeValue.createN(text);
    }

    @Override
    public V read(AttributeValue value) {
        return parse.apply(type == AttributeType.S ? Stored.s(value) : Stored.n(value));
    }
}
