package io.github.cetrack.catalog.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Hundredths of an hour, the unit the engine counts in: the allocator's flow is whole numbers of
 * them, and every amount it reports has two decimals.
 */
final class Hundredths {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    // Counted and credited amounts are built from hundredths for every activity; the profile showed
    // BigDecimal.valueOf among the top frames. Amounts up to 100 hours are shared instances.
    private static final BigDecimal[] HOURS = new BigDecimal[10_001];

    static {
        for (int i = 0; i < HOURS.length; i++) {
            HOURS[i] = BigDecimal.valueOf(i, 2);
        }
    }

    private Hundredths() {}

    /** Returns {@code hours} in hundredths, rounded down. */
    static long of(BigDecimal hours) {
        // Amounts of at most two decimals are whole hundredths: moving the point is exact, and
        // skips the division that rounding to scale 0 costs (3.8% of the profile). Whole hours, the
        // most common, need not even build the moved amount.
        if (hours.scale() == 0) {
            return Math.multiplyExact(hours.longValueExact(), 100);
        }
        if (hours.scale() > 0 && hours.scale() <= 2) {
            // Moved by its own scale, to scale 0: moved by 2, one decimal lands on scale -1, where
            // longValueExact() rescales (BigDecimal.longValueExact at 2.8% of the issue 14 profile).
            long unscaled = hours.movePointRight(hours.scale()).longValueExact();
            return hours.scale() == 1 ? Math.multiplyExact(unscaled, 10) : unscaled;
        }
        return hours.multiply(HUNDRED).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** Returns {@code hundredths} as hours with two decimals. */
    static BigDecimal hours(long hundredths) {
        return hundredths >= 0 && hundredths < HOURS.length ? HOURS[(int) hundredths]
                : BigDecimal.valueOf(hundredths, 2);
    }

    /** Returns {@code hours} rounded to hundredths, as every amount in a result is. */
    static BigDecimal round(BigDecimal hours) {
        return hours.setScale(2, RoundingMode.HALF_UP);
    }
}
