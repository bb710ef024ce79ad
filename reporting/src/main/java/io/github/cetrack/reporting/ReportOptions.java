package io.github.cetrack.reporting;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * The clock and locale a report is rendered with. A report is a pure function of its data and
 * these options: fix the clock to get identical bytes.
 *
 * <pre>{@code
 * ReportOptions iso = ReportOptions.iso(Clock.systemUTC());            // dates like 2026-03-31
 * ReportOptions us = ReportOptions.of(Clock.systemUTC(), Locale.US);   // dates like Mar 31, 2026
 * }</pre>
 *
 * @param clock gives the "generated on" date (in the clock's zone) and the calendar's time stamp
 * @param locale how PDF and HTML show dates and numbers; {@code null} for ISO dates and plain numbers.
 *     CSV and JSON always use ISO dates and plain numbers.
 */
public record ReportOptions(Clock clock, Locale locale) {

    /** Checks that the clock is given. */
    public ReportOptions {
        Objects.requireNonNull(clock, "clock");
    }

    /** Returns options with ISO dates and plain numbers. */
    public static ReportOptions iso(Clock clock) {
        return new ReportOptions(clock, null);
    }

    /** Returns options that show dates and numbers in {@code locale}. */
    public static ReportOptions of(Clock clock, Locale locale) {
        return new ReportOptions(clock, locale);
    }
}
