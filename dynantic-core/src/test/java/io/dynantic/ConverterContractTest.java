package io.dynantic;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.convert.AttributeConverter;
import io.dynantic.convert.AttributeType;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What users' converters may do and how the library answers when they break the contract. Each case fails while
 * the item is checked: the client points at a closed port, so a request sent would fail otherwise.
 */
class ConverterContractTest {
    record Code(String value) {}

    /** Writes nothing for a blank code, as a converter may for a field (the attribute is left out). */
    static class CodeConverter implements AttributeConverter<Code> {
        @Override
        public AttributeType type() {
            return AttributeType.S;
        }

        @Override
        public AttributeValue write(Code code) {
            return code.value().isBlank() ? null : AttributeValue.fromS(code.value());
        }

        @Override
        public Code read(AttributeValue value) {
            return new Code(value.s());
        }
    }

    /** Throws without a message. */
    static final class SilentConverter extends CodeConverter {
        @Override
        public AttributeValue write(Code code) {
            throw new IllegalArgumentException();
        }
    }

    @DynamoTable("codes")
    record Coded(@PartitionKey String id, Code main, Set<Code> others) {}

    private static Dynantic dynantic(AttributeConverter<Code> converter) {
        DynamoDbClient closed = DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .build();
        return Dynantic.builder()
                .client(closed)
                .converter(Code.class, converter)
                .build();
    }

    @Test
    void aSetElementWrittenAsNothingIsRefused() {
        Table<Coded> codes = dynantic(new CodeConverter()).table(Coded.class);
        assertThatThrownBy(() -> codes.save(new Coded("c1", new Code("A"), Set.of(new Code(" ")))))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Coded.others: the element converter stored nothing for Code[value= ];"
                        + " every element of a set must be stored");
    }

    @Test
    void aConverterFailingWithoutAMessageIsNamed() {
        Table<Coded> codes = dynantic(new SilentConverter()).table(Coded.class);
        assertThatThrownBy(() -> codes.save(new Coded("c1", new Code("A"), Set.of())))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Coded.main: IllegalArgumentException without a message");
    }
}
