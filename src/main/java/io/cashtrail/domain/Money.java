package io.cashtrail.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money helpers: amounts are {@link BigDecimal} with scale 2, rounded half-up, never double. */
public final class Money {
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    public static BigDecimal of(String value) {
        return normalize(new BigDecimal(value));
    }

    public static BigDecimal of(long yuan) {
        return BigDecimal.valueOf(yuan).setScale(2);
    }

    /** Scale 2, half-up; null stays null. */
    public static BigDecimal normalize(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? ZERO : normalize(amount);
    }
}
