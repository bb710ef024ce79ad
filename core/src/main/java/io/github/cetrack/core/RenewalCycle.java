package io.github.cetrack.core;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A renewal cycle (a board's renewal or registration period): inclusive start and end dates.
 *
 * @param start first day of the cycle
 * @param end last day of the cycle, usually the licence's expiration date
 */
public record RenewalCycle(@NotNull @PlausibleDate LocalDate start, @NotNull @PlausibleDate LocalDate end) {

    /** Returns the cycle from {@code start} to {@code end}, both inclusive. */
    public static RenewalCycle of(LocalDate start, LocalDate end) {
        RenewalCycle cycle = new RenewalCycle(start, end);
        return Inputs.check(cycle);
    }

    /** Returns whether {@code date} falls on or between the start and end. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Returns the number of days in the cycle. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    @AssertTrue(message = "must not be before start")
    boolean isEnd() {
        return start == null || end == null || !end.isBefore(start);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
