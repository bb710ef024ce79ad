package io.github.cetrack.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.core.internal.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The engine's shortcuts for writing dates and amounts give exactly the text and values of the
 * general paths they replace, so that evaluations read the same.
 */
class TextProperties {

    @Property(tries = 2000)
    void datesReadAsLocalDateWritesThem(@ForAll @LongRange(min = -800_000, max = 3_000_000) long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        assertThat(Dates.iso(date)).isEqualTo(date.toString());
    }

    @Property(tries = 2000)
    void hundredthsReadAsTheirAmount(@ForAll @IntRange(min = 0, max = 2_000_000) int unscaled,
            @ForAll @IntRange(min = 0, max = 4) int scale) {
        BigDecimal hours = BigDecimal.valueOf(unscaled, scale);
        long cents = hours.movePointRight(2).setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
        assertThat(Hundredths.of(hours)).isEqualTo(cents);
        if (scale <= 2) {
            assertThat(Words.hoursOfHundredths(cents)).isEqualTo(Words.hours(hours));
            assertThat(Words.hoursOfHundredths(cents)).isEqualTo(Words.hours(Hundredths.hours(cents)));
        }
    }
}
