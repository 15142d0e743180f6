package io.dynantic.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Years and year-months of any year are written as ISO-8601 writes them and read back. */
class ScalarTest {
    @Test
    void yearsOfAnyWidthRoundTrip() {
        for (int year : new int[] {-10_000, -1, 0, 7, 999, 2024, 9999, 10_000, 999_999_999}) {
            Year y = Year.of(year);
            assertThat(Scalar.YEAR.parse(Scalar.YEAR.format(y))).as("%s", y).isEqualTo(y);
            YearMonth ym = YearMonth.of(year, 12);
            assertThat(Scalar.YEAR_MONTH.parse(Scalar.YEAR_MONTH.format(ym)))
                    .as("%s", ym)
                    .isEqualTo(ym);
        }
        assertThat(Scalar.YEAR.format(Year.of(999))).isEqualTo("0999");
        assertThat(Scalar.YEAR_MONTH.format(YearMonth.of(2024, 3))).isEqualTo("2024-03");
        assertThat(Scalar.YEAR_MONTH.format(YearMonth.of(10_000, 1))).isEqualTo("+10000-01");
    }

    @Test
    void yearsWrittenWithoutTheirSignAreRead() {
        // As toString() wrote them before: a year beyond 9999 without its sign.
        assertThat(Scalar.YEAR.parse("10000")).isEqualTo(Year.of(10_000));
        assertThat(Scalar.YEAR_MONTH.parse("10000-01")).isEqualTo(YearMonth.of(10_000, 1));
    }
}
