package io.dynantic.local.value;

import io.dynantic.local.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DynamoDB's rules for numbers: at most 38 significant digits, a magnitude from 1E-130 up to but excluding
 * 1E+126 (or zero). Stateless and thread-safe.
 */
public final class Numbers {
    /** Most significant digits a DynamoDB number may hold. */
    public static final int MAX_PRECISION = 38;

    // DynamoDB's message for text that is not a number. Seen in emulators' tests of DynamoDB behaviour;
    // not confirmed against a DynamoDB response in this session.
    static final String NOT_A_NUMBER = "The parameter cannot be converted to a numeric value: ";

    // DynamoDB's message, listed among UpdateItem's ValidationException causes in the SDK's API documentation.
    static final String TOO_PRECISE = "Attempting to store more than 38 significant digits in a Number";

    // DynamoDB's message, listed among UpdateItem's ValidationException causes in the SDK's API documentation.
    static final String OVERFLOW =
            "Number overflow. Attempting to store a number with magnitude larger than supported range";

    // DynamoDB's message for a number too close to zero; confirmed from a conformance suite run against DynamoDB
    // (paritysuite/dynamodb-conformance, limits/numberExponent).
    static final String UNDERFLOW =
            "Number underflow. Attempting to store a number with magnitude smaller than supported range";

    private Numbers() {}

    /** Parses a number's string form and checks it with {@link #check}. */
    public static BigDecimal parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new ValidationException(NOT_A_NUMBER + text);
        }
        BigDecimal mantissa = new BigDecimal(m.group(1));
        BigInteger exponent = m.group(2) == null ? BigInteger.ZERO : new BigInteger(m.group(2));
        // The exponent as written decides the range first, even for zero (0e126 overflows), and before it is
        // applied, so that exponents beyond an int are refused as DynamoDB refuses them.
        BigInteger leading = exponent.add(
                BigInteger.valueOf(mantissa.signum() == 0 ? 0 : mantissa.precision() - mantissa.scale() - 1));
        if (leading.compareTo(BigInteger.valueOf(126)) >= 0) {
            throw new ValidationException(OVERFLOW);
        }
        if (leading.compareTo(BigInteger.valueOf(-130)) < 0) {
            throw new ValidationException(UNDERFLOW);
        }
        return check(mantissa.scaleByPowerOfTen(exponent.intValueExact()));
    }

    /** DynamoDB's number syntax: a sign, digits with an optional point, an optional exponent; no spaces. */
    private static final Pattern SYNTAX = Pattern.compile("([+-]?(?:\\d+\\.?\\d*|\\.\\d+))(?:[eE]([+-]?\\d+))?");

    /** Normalises {@code number} and refuses it if DynamoDB could not store it. */
    public static BigDecimal check(BigDecimal number) {
        BigDecimal n = normalise(number);
        if (n.signum() == 0) {
            return n;
        }
        if (n.precision() > MAX_PRECISION) {
            throw new ValidationException(TOO_PRECISE);
        }
        int exponent = n.precision() - n.scale() - 1; // position of the most significant digit
        if (exponent >= 126) {
            throw new ValidationException(OVERFLOW);
        }
        if (exponent < -130) {
            throw new ValidationException(UNDERFLOW);
        }
        return n;
    }

    /** The canonical form of a number: trailing zeros stripped, so that equal numbers are equal objects. */
    public static BigDecimal normalise(BigDecimal number) {
        return number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    }

    /** The number of significant digits of a normalised number (1 for zero). */
    public static int significantDigits(BigDecimal number) {
        return normalise(number).precision();
    }
}
