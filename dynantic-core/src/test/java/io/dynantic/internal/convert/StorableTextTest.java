package io.dynantic.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text is storable exactly when UTF-8 encodes it without loss: no surrogate without its pair. */
class StorableTextTest {
    @Test
    void findsTheFirstSurrogateWithoutItsPair() {
        assertThat(StorableText.unpairedSurrogate("")).isEqualTo(-1);
        assertThat(StorableText.unpairedSurrogate("plain \u00e9\u4e2d")).isEqualTo(-1);
        assertThat(StorableText.unpairedSurrogate("\uD83D\uDE00\uD801\uDC37")).isEqualTo(-1);
        assertThat(StorableText.unpairedSurrogate("\uD83D")).isEqualTo(0);
        assertThat(StorableText.unpairedSurrogate("ab\uDE00")).isEqualTo(2);
        assertThat(StorableText.unpairedSurrogate("\uD83D\uDE00\uDE00")).isEqualTo(2);
        // A low surrogate before a high one is no pair.
        assertThat(StorableText.unpairedSurrogate("\uDE00\uD83D")).isEqualTo(0);
        assertThat(StorableText.unpairedSurrogate("x\uD83D\uD83D\uDE00")).isEqualTo(1);
    }

    @Test
    void agreesWithWhatUtf8KeepsForEveryChar() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "a" + c + "b";
            boolean lossless = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text);
            assertThat(StorableText.unpairedSurrogate(text) < 0)
                    .as("U+%04X", (int) c)
                    .isEqualTo(lossless);
        }
    }

    @Test
    void refusesWithTheCharAndWhereItIs() {
        assertThat(StorableText.check("ok \uD83D\uDE00")).isEqualTo("ok \uD83D\uDE00");
        assertThatThrownBy(() -> StorableText.check("ok\uDBFF"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("the text has an unpaired surrogate (\\uDBFF) at index 2; DynamoDB stores text as UTF-8,"
                        + " which cannot encode it");
    }

    @Test
    void quotesEveryUnpairedSurrogateAsItsEscape() {
        assertThat(StorableText.quoted("\uD800a\uD83D\uDE00b\uDFFF")).isEqualTo("\"\\uD800a\uD83D\uDE00b\\uDFFF\"");
        assertThat(StorableText.quoted("plain")).isEqualTo("\"plain\"");
    }
}
