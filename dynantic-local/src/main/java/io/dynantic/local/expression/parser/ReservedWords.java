package io.dynantic.local.expression.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * DynamoDB's reserved words, which may not be used bare as attribute names in expressions. The list is data
 * ({@code reserved-words.txt} next to this class) taken from the Amazon DynamoDB Developer Guide page "Reserved
 * words in DynamoDB"; it is case-insensitive. Immutable and thread-safe.
 */
final class ReservedWords {
    private static final Set<String> WORDS = load();

    private ReservedWords() {}

    /** Whether {@code name} is reserved, ignoring case. */
    static boolean contains(String name) {
        return WORDS.contains(name.toUpperCase(Locale.ROOT));
    }

    /** How many words are reserved. */
    static int count() {
        return WORDS.size();
    }

    private static Set<String> load() {
        try (InputStream in = ReservedWords.class.getResourceAsStream("reserved-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("reserved-words.txt is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Set.of(text.trim().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
