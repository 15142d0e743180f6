package io.dynantic.it.model;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import java.util.Locale;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stores strings upper-cased and reads them lower-cased: visibly a field converter. */
public final class UpperCase implements AttributeConverter<String> {
    @Override
    public AttributeType type() {
        return AttributeType.S;
    }

    @Override
    public AttributeValue write(String value) {
        return AttributeValue.fromS(value.toUpperCase(Locale.ROOT));
    }

    @Override
    public String read(AttributeValue value) {
        return value.s().toLowerCase(Locale.ROOT);
    }
}
