package io.dynantic.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB's number limits on {@code BigDecimal}s around the shortcut that lets a short value through without
 * counting its digits: each edge of the range and of the digit limit, on both sides of the shortcut.
 */
class NumbersTest {
    private static String format(String decimal) {
        return Numbers.format(new BigDecimal(decimal));
    }

    @Test
    void keepsTheSdkTextOfEveryStorableValue() {
        assertThat(format("1234.56")).isEqualTo("1234.56");
        assertThat(format("-0.001")).isEqualTo("-0.001");
        assertThat(format("1E+125")).isEqualTo("1E+125");
        assertThat(format("99E+124")).isEqualTo("9.9E+125");
        assertThat(format("9." + "9".repeat(37) + "E+125")).isEqualTo("9." + "9".repeat(37) + "E+125");
        assertThat(format("1E-129")).isEqualTo("1E-129");
        assertThat(format("1E-130")).isEqualTo("1E-130");
        assertThat(format("9".repeat(38))).isEqualTo("9".repeat(38));
        // 39 characters, but the trailing zero does not count: 38 significant digits.
        assertThat(format("9".repeat(38) + "0")).isEqualTo("9".repeat(38) + "0");
    }

    @Test
    void storesEveryZeroAsZero() {
        // DynamoDB applies the exponent of a zero as written, refusing 0E-200 (underflow) and 0E+130 (overflow).
        assertThat(format("0E-200")).isEqualTo("0");
        assertThat(format("0E+130")).isEqualTo("0");
        assertThat(Numbers.format(BigDecimal.ZERO.setScale(131))).isEqualTo("0");
        assertThat(format("0.00")).isEqualTo("0.00");
    }

    @Test
    void refusesMagnitudesOutsideTheRange() {
        assertThatThrownBy(() -> format("1E+126"))
                .hasMessage("1E+126 is out of DynamoDB's number range (magnitude 1E-130 to below 1E+126)");
        assertThatThrownBy(() -> format("-1E+126"))
                .hasMessage("-1E+126 is out of DynamoDB's number range (magnitude 1E-130 to below 1E+126)");
        assertThatThrownBy(() -> format("1E-131"))
                .hasMessage("1E-131 is out of DynamoDB's number range (magnitude 1E-130 to below 1E+126)");
        assertThatThrownBy(() -> format("100E+124"))
                .hasMessage("1.00E+126 is out of DynamoDB's number range (magnitude 1E-130 to below 1E+126)");
    }

    @Test
    void refusesMoreThan38SignificantDigits() {
        assertThatThrownBy(() -> format("1" + "0".repeat(37) + "1"))
                .hasMessage("1" + "0".repeat(37) + "1 has 39 significant digits; DynamoDB keeps at most 38"
                        + " (leading and trailing zeros do not count)");
    }
}
