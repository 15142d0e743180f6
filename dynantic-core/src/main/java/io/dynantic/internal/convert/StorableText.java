package io.dynantic.internal.convert;

/**
 * DynamoDB's rule for text: it is stored as UTF-8, which has no encoding for a lone UTF-16 surrogate (a
 * {@code char} in {@code \uD800..\uDFFF} without its pair). The SDK would send such a character as {@code ?}, so
 * the library refuses it instead of storing a different string.
 */
public final class StorableText {
    private StorableText() {}

    /** {@code text}, refused with an {@link InvalidValueException} if UTF-8 cannot encode it. */
    static String check(String text) {
        int at = unpairedSurrogate(text);
        if (at >= 0) {
            throw new InvalidValueException("the text " + problem(text, at));
        }
        return text;
    }

    /** The index of the first surrogate in {@code text} without its pair, or -1. */
    public static int unpairedSurrogate(String text) {
        return unpairedSurrogate(text, 0);
    }

    private static int unpairedSurrogate(String text, int from) {
        for (int i = from, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /** What is wrong with {@code text}, whose {@code at}-th char is an unpaired surrogate, after its subject. */
    public static String problem(String text, int at) {
        return "has an unpaired surrogate (" + escaped(text.charAt(at)) + ") at index " + at
                + "; DynamoDB stores text as UTF-8, which cannot encode it";
    }

    /** {@code text} for a message: each unpaired surrogate written as its escape, so that the message stays text. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8).append('"');
        int from = 0;
        for (int at = unpairedSurrogate(text); at >= 0; at = unpairedSurrogate(text, from)) {
            out.append(text, from, at).append(escaped(text.charAt(at)));
            from = at + 1;
        }
        return out.append(text, from, text.length()).append('"').toString();
    }

    private static String escaped(char c) {
        return String.format("\\u%04X", (int) c);
    }
}
