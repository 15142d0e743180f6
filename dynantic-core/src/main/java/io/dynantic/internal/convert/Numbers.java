package io.dynantic.internal.convert;

import java.math.BigDecimal;
import java.math.BigInteger;

/** DynamoDB's number rules: at most 38 significant digits, magnitude within 1E-130 .. 1E+126. */
final class Numbers {
    static final int MAX_DIGITS = 38;
    private static final int MIN_EXPONENT = -130;
    private static final int MAX_EXPONENT = 125;

    private Numbers() {}

    static String format(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new InvalidValueException(d + " cannot be stored; DynamoDB numbers are finite");
        }
        double abs = Math.abs(d);
        if (abs != 0 && (abs < 1e-130 || abs >= 1e126)) {
            throw outOfRange(Double.toString(d));
        }
        // DynamoDB numbers are decimals without a negative zero; write the zero it would store.
        return d == 0 ? "0.0" : Double.toString(d);
    }

    static String format(float f) {
        if (Float.isNaN(f) || Float.isInfinite(f)) {
            throw new InvalidValueException(f + " cannot be stored; DynamoDB numbers are finite");
        }
        return f == 0 ? "0.0" : Float.toString(f);
    }

    static String format(BigInteger i) {
        // 2^126 has 38 digits, so anything shorter in bits is within the limits.
        return i.bitLength() < 126 ? i.toString() : format(new BigDecimal(i));
    }

    static String format(BigDecimal d) {
        String text = d.toString();
        int scale = d.scale();
        // Fewer characters than the digit limit, and a scale that keeps the magnitude within range at any
        // precision up to it: a common value is checked without counting its digits.
        if (text.length() <= MAX_DIGITS && scale >= MAX_DIGITS - MAX_EXPONENT - 1 && scale <= -MIN_EXPONENT - 1) {
            return text;
        }
        if (d.signum() == 0) {
            // Zero has no magnitude, but DynamoDB reads the exponent of 0E+130 or 0E-131 as written and refuses it.
            return "0";
        }
        int precision = d.precision();
        if (precision > MAX_DIGITS) {
            BigDecimal stripped = d.stripTrailingZeros();
            if (stripped.precision() > MAX_DIGITS) {
                throw new InvalidValueException(abbreviate(d) + " has " + stripped.precision()
                        + " significant digits; DynamoDB keeps at most 38 (leading and trailing zeros do not count)");
            }
        }
        long exponent = (long) precision - d.scale() - 1;
        if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
            throw outOfRange(abbreviate(d));
        }
        return text;
    }

    private static InvalidValueException outOfRange(String value) {
        return new InvalidValueException(
                value + " is out of DynamoDB's number range (magnitude 1E-130 to below 1E+126)");
    }

    private static String abbreviate(BigDecimal d) {
        String s = d.toString();
        return s.length() <= 50 ? s : s.substring(0, 20) + "..." + s.substring(s.length() - 10);
    }

    static long parseLong(String s, long min, long max, String typeName) {
        long value;
        try {
            value = Long.parseLong(s);
        } catch (NumberFormatException e) {
            value = exact(s, typeName);
        }
        if (value < min || value > max) {
            throw tooBig(s, typeName);
        }
        return value;
    }

    /** A stored number as a float, which cannot hold DynamoDB's larger magnitudes (they would read as infinite). */
    static float parseFloat(String s) {
        float value = Float.parseFloat(s);
        if (Float.isInfinite(value)) {
            throw tooBig(s, "a float");
        }
        return value;
    }

    private static long exact(String s, String typeName) {
        BigDecimal d = new BigDecimal(s);
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            if (d.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("number " + s + " is not a whole number, as " + typeName + " needs");
            }
            throw tooBig(s, typeName);
        }
    }

    private static IllegalArgumentException tooBig(String s, String typeName) {
        return new IllegalArgumentException("number " + s + " does not fit in " + typeName);
    }
}
