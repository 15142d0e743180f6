package io.dynantic.it.model;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stores money as "12.50 EUR". */
public final class MoneyConverter implements AttributeConverter<Money> {
    @Override
    public AttributeType type() {
        return AttributeType.S;
    }

    @Override
    public AttributeValue write(Money value) {
        return AttributeValue.fromS(value.toString());
    }

    @Override
    public Money read(AttributeValue value) {
        return Money.parse(value.s());
    }
}
