package io.dynantic.convert;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts one Java type to a DynamoDB {@link AttributeValue} and back.
 *
 * <p>Plug one in on a field with {@code @Convert(MyConverter.class)} or for every field of a type
 * with {@code Dynantic.builder().converter(Money.class, new MoneyConverter())}:
 *
 * <pre>{@code
 * final class MoneyConverter implements AttributeConverter<Money> {
 *   public AttributeType type() { return AttributeType.S; }
 *   public AttributeValue write(Money m) { return AttributeValue.fromS(m.toString()); }
 *   public Money read(AttributeValue v) { return Money.parse(v.s()); }
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe. A {@code write} that cannot represent its value throws
 * {@link IllegalArgumentException}; the library reports it as an {@code ItemValidationException}
 * naming the field. A {@code read} that cannot decode its value may throw any runtime exception;
 * the library reports it as a {@code MappingException} naming the attribute.
 *
 * @param <V> the Java type
 */
public interface AttributeConverter<V> {

    /** The DynamoDB type this converter writes. Key fields need {@code S}, {@code N} or {@code B}. */
    AttributeType type();

    /**
     * Converts a non-null value. Returns null when the value is not to be stored at all (an empty set,
     * which DynamoDB does not accept).
     */
    @Nullable
    AttributeValue write(V value);

    /** Converts a stored value that is not DynamoDB {@code NULL}. */
    V read(AttributeValue value);

    /**
     * The value a field gets when its attribute is absent or {@code NULL}: null by default, an empty
     * collection for collections, {@code Optional.empty()} for optionals.
     */
    default @Nullable V absent() {
        return null;
    }
}
