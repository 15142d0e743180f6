package io.dynantic.it.model;

import java.math.BigDecimal;

/** A value type without a built-in converter. */
public record Money(BigDecimal amount, String currency) {
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }

    public static Money parse(String s) {
        String[] parts = s.split(" ");
        return new Money(new BigDecimal(parts[0]), parts[1]);
    }
}
