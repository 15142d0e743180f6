package io.dynantic.local.value;

import static io.dynantic.local.Fixtures.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.local.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void equalNumbersAreEqualWhateverTheirScale() {
        assertThat(n("3.0")).isEqualTo(n("3"));
        assertThat(n("3.0").hashCode()).isEqualTo(n("3").hashCode());
        assertThat(n("300")).isEqualTo(n("3E2"));
        assertThat(n("-0.00")).isEqualTo(n("0"));
        assertThat(n("007.50").value()).isEqualTo(new BigDecimal("7.5"));
    }

    @Test
    void thirtyEightSignificantDigitsAreAllowedButNotThirtyNine() {
        String digits38 = "1".repeat(38);
        assertThat(n(digits38).value().precision()).isEqualTo(38);
        assertThat(n("0.000" + digits38 + "000").value().precision()).isEqualTo(38);
        assertThatThrownBy(() -> n("1".repeat(39)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Attempting to store more than 38 significant digits in a Number");
    }

    @Test
    void magnitudeRangeIsFromOneE_130ToBelowOneE126() {
        assertThat(n("9." + "9".repeat(37) + "E+125").value().precision()).isEqualTo(38);
        assertThat(n("-1E-130").value()).isEqualTo(new BigDecimal("-1E-130"));
        assertThatThrownBy(() -> n("1E126"))
                .hasMessage("Number overflow. Attempting to store a number with magnitude larger than supported range");
        assertThatThrownBy(() -> n("-1E126"))
                .hasMessage("Number overflow. Attempting to store a number with magnitude larger than supported range");
        assertThatThrownBy(() -> n("1E-131"))
                .hasMessage(
                        "Number underflow. Attempting to store a number with magnitude smaller than supported range");
    }

    @Test
    void exponentsBeyondAnIntAndZerosWithLargeExponentsAreOutOfRange() {
        // As DynamoDB answers them (paritysuite/dynamodb-conformance, limits/numberExponent).
        for (String overflow : new String[] {"1e99999999999", "-1e99999999999", "1e2147483648", "0e126"}) {
            assertThatThrownBy(() -> n(overflow))
                    .as(overflow)
                    .hasMessage("Number overflow. Attempting to store a number with magnitude larger than supported"
                            + " range");
        }
        for (String underflow : new String[] {"1e-99999999999", "1e-2147483648", "0e-131"}) {
            assertThatThrownBy(() -> n(underflow))
                    .as(underflow)
                    .hasMessage("Number underflow. Attempting to store a number with magnitude smaller than supported"
                            + " range");
        }
        assertThat(n("0e125").value()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void spacesAroundANumberAreNotPartOfIt() {
        assertThatThrownBy(() -> n(" 1")).hasMessage("The parameter cannot be converted to a numeric value:  1");
        assertThatThrownBy(() -> n("1 ")).hasMessage("The parameter cannot be converted to a numeric value: 1 ");
    }

    @Test
    void textThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> n("abc"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The parameter cannot be converted to a numeric value: abc");
    }

    @Test
    void significantDigitsIgnoreLeadingAndTrailingZeros() {
        assertThat(Numbers.significantDigits(new BigDecimal("00120.0100"))).isEqualTo(5);
        assertThat(Numbers.significantDigits(BigDecimal.ZERO)).isEqualTo(1);
    }
}
