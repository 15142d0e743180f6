package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A {@code @Ttl Instant}: stored as epoch seconds (N), the form DynamoDB's TTL reads. */
public final class TtlConverter implements AttributeConverter<Instant> {
    public static final TtlConverter INSTANCE = new TtlConverter();

    private TtlConverter() {}

    @Override
    public AttributeType type() {
        return AttributeType.N;
    }

    @Override
    public AttributeValue write(Instant value) {
        return AttributeValue.createN(Long.toString(value.getEpochSecond()));
    }

    @Override
    public Instant read(AttributeValue value) {
        return Instant.ofEpochSecond(Numbers.parseLong(Stored.n(value), Long.MIN_VALUE, Long.MAX_VALUE, "a long"));
    }
}
