package io.dynantic.internal.convert;

import io.dynantic.convert.AttributeType;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Typed access to a stored value, failing with a message that names what was found instead. */
final class Stored {
    private Stored() {}

    static String s(AttributeValue v) {
        String s = v.s();
        if (s == null) {
            throw mismatch(AttributeType.S, v);
        }
        return s;
    }

    static String n(AttributeValue v) {
        String n = v.n();
        if (n == null) {
            throw mismatch(AttributeType.N, v);
        }
        return n;
    }

    static SdkBytes b(AttributeValue v) {
        SdkBytes b = v.b();
        if (b == null) {
            throw mismatch(AttributeType.B, v);
        }
        return b;
    }

    static boolean bool(AttributeValue v) {
        Boolean b = v.bool();
        if (b == null) {
            throw mismatch(AttributeType.BOOL, v);
        }
        return b;
    }

    static IllegalArgumentException mismatch(AttributeType expected, AttributeValue found) {
        return new IllegalArgumentException("expected " + expected + " but the stored value is " + typeOf(found));
    }

    static String typeOf(AttributeValue v) {
        return switch (v.type()) {
            case S -> "S";
            case N -> "N";
            case B -> "B";
            case SS -> "SS";
            case NS -> "NS";
            case BS -> "BS";
            case M -> "M";
            case L -> "L";
            case BOOL -> "BOOL";
            case NUL -> "NULL";
            default -> "of an unknown type";
        };
    }
}
