package io.github.cetrack.core;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How a board lays out a licence's renewal cycles: every cycle lasts {@code periodMonths} and ends
 * on a date given by {@code kind}; the first cycle runs from the issue date to the first regular end
 * at least {@code firstCycleMinMonths} after issue.
 *
 * <pre>{@code
 * CycleRule.birthMonth(24).cycleContaining(license, LocalDate.of(2026, 5, 1));
 * }</pre>
 *
 * @param kind what fixes the cycle's end date
 * @param periodMonths length of a regular cycle in months
 * @param fixedEnd the month and day every cycle ends on, for {@link Kind#FIXED_DATE} only
 * @param anchorYear a year in which a cycle ends, for {@link Kind#FIXED_DATE} only
 * @param firstCycleMinMonths the first cycle ends at the first regular end date at least this many
 *     months after issue; 0 means the first one on or after issue
 */
public record CycleRule(
        @NotNull Kind kind,
        @Min(1) @Max(120) int periodMonths,
        MonthDay fixedEnd,
        int anchorYear,
        @Min(0) @Max(120) int firstCycleMinMonths) {

    /** What fixes the end date of a cycle. */
    public enum Kind {
        /** Every cycle ends on the same calendar date ({@code fixedEnd}), like December 31 of odd years. */
        FIXED_DATE,
        /** Cycles end on the last day of the holder's birth month. */
        BIRTH_MONTH,
        /** Cycles end the day before an anniversary of the first issue date. */
        ISSUE_ANNIVERSARY,
        /**
         * Cycles end on the expiration date printed on the licence (and every period before and after
         * it): for boards that set the date per licensee.
         */
        EXPIRATION_DATE,
        /**
         * Cycles of whole calendar years ending on December 31 of the year before the licence's
         * printed expiration year (and every period before and after it): for boards that count CE
         * over the calendar years before the renewal year, like Tennessee's psychology board.
         */
        YEAR_BEFORE_EXPIRATION
    }

    /** Returns cycles of {@code periodMonths} ending on the last day of the birth month. */
    public static CycleRule birthMonth(int periodMonths) {
        return new CycleRule(Kind.BIRTH_MONTH, periodMonths, null, 0, 0);
    }

    /** Returns cycles of {@code periodMonths} ending the day before an issue-date anniversary. */
    public static CycleRule issueAnniversary(int periodMonths) {
        return new CycleRule(Kind.ISSUE_ANNIVERSARY, periodMonths, null, 0, 0);
    }

    /** Returns cycles of {@code periodMonths} ending on the licence's printed expiration date. */
    public static CycleRule expirationDate(int periodMonths) {
        return new CycleRule(Kind.EXPIRATION_DATE, periodMonths, null, 0, 0);
    }

    /**
     * Returns cycles of {@code periodMonths} (whole years) ending on December 31 of the year before
     * the licence's printed expiration year.
     */
    public static CycleRule yearBeforeExpiration(int periodMonths) {
        return new CycleRule(Kind.YEAR_BEFORE_EXPIRATION, periodMonths, null, 0, 0);
    }

    /** Returns cycles of {@code periodMonths} ending on {@code end} in {@code anchorYear} and every period from it. */
    public static CycleRule fixedDate(MonthDay end, int periodMonths, int anchorYear) {
        return new CycleRule(Kind.FIXED_DATE, periodMonths, end, anchorYear, 0);
    }

    /** Returns a copy whose first cycle lasts at least {@code months}. */
    public CycleRule withFirstCycleMinMonths(int months) {
        return new CycleRule(kind, periodMonths, fixedEnd, anchorYear, months);
    }

    /**
     * Returns the cycle of {@code license} that contains {@code date}.
     *
     * @throws InvalidInputException if {@code date} is before the first issue date, or the licence
     *     lacks a date this rule needs (a birth date or an expiration date)
     */
    public RenewalCycle cycleContaining(License license, LocalDate date) {
        if (date.isBefore(license.firstIssuedOn())) {
            throw InvalidInputException.of("date", "must not be before the licence was first issued ("
                    + license.firstIssuedOn() + ")", date);
        }
        LocalDate firstEnd = firstEnd(license);
        if (!date.isAfter(firstEnd)) {
            return new RenewalCycle(license.firstIssuedOn(), firstEnd);
        }
        // Estimate the index of the cycle from the months elapsed, then step to the exact one.
        long k = Math.max(1, ChronoUnit.MONTHS.between(firstEnd, date) / periodMonths);
        while (k > 1 && !end(license, firstEnd, k - 1).isBefore(date)) {
            k--;
        }
        while (end(license, firstEnd, k).isBefore(date)) {
            k++;
        }
        return new RenewalCycle(end(license, firstEnd, k - 1).plusDays(1), end(license, firstEnd, k));
    }

    /**
     * Returns the cycle whose hours count for a renewal due on {@code due}: the cycle containing it,
     * except for {@link Kind#YEAR_BEFORE_EXPIRATION}, where it is the cycle ending December 31 of the
     * year before (or the first cycle, for a licence issued in the year it first expires).
     *
     * @throws InvalidInputException as {@link #cycleContaining}
     */
    public RenewalCycle cycleForRenewal(License license, LocalDate due) {
        if (kind == Kind.YEAR_BEFORE_EXPIRATION) {
            LocalDate end = LocalDate.of(due.getYear() - 1, 12, 31);
            return cycleContaining(license, end.isBefore(license.firstIssuedOn()) ? license.firstIssuedOn() : end);
        }
        return cycleContaining(license, due);
    }

    /** Returns every cycle of {@code license} from the first through the one containing {@code until}. */
    public List<RenewalCycle> cycles(License license, LocalDate until) {
        List<RenewalCycle> out = new ArrayList<>();
        RenewalCycle cycle = cycleContaining(license, license.firstIssuedOn());
        out.add(cycle);
        while (cycle.end().isBefore(until)) {
            cycle = cycleContaining(license, cycle.end().plusDays(1));
            out.add(cycle);
        }
        return out;
    }

    /** Returns the cycle just before {@code cycle}, or {@code null} if it is the first. */
    public RenewalCycle previous(License license, RenewalCycle cycle) {
        LocalDate dayBefore = cycle.start().minusDays(1);
        return dayBefore.isBefore(license.firstIssuedOn()) ? null : cycleContaining(license, dayBefore);
    }

    private LocalDate firstEnd(License license) {
        LocalDate earliest = license.firstIssuedOn().plusMonths(firstCycleMinMonths);
        return switch (kind) {
            case ISSUE_ANNIVERSARY -> license.firstIssuedOn().plusMonths(periodMonths).minusDays(1);
            case BIRTH_MONTH -> {
                int month = birthMonth(license);
                YearMonth candidate = YearMonth.of(earliest.getYear(), month);
                while (candidate.atEndOfMonth().isBefore(earliest)) {
                    candidate = candidate.plusYears(1);
                }
                yield candidate.atEndOfMonth();
            }
            case FIXED_DATE -> firstFixedEnd(earliest, fixedEnd, anchorYear);
            case YEAR_BEFORE_EXPIRATION ->
                firstFixedEnd(earliest, MonthDay.of(12, 31), expiration(license).getYear() - 1);
            case EXPIRATION_DATE -> {
                LocalDate printed = expiration(license);
                long back = Math.max(0, ChronoUnit.MONTHS.between(earliest, printed) / periodMonths + 1);
                LocalDate candidate = shift(printed, -back * periodMonths);
                while (candidate.isBefore(earliest)) {
                    candidate = shift(candidate, periodMonths);
                }
                yield candidate;
            }
        };
    }

    private LocalDate firstFixedEnd(LocalDate earliest, MonthDay end, int anchor) {
        int years = Math.max(1, periodMonths / 12);
        int year = earliest.getYear();
        year += Math.floorMod(anchor - year, years);
        LocalDate candidate = end.atYear(year);
        while (candidate.isBefore(earliest)) {
            candidate = end.atYear(candidate.getYear() + years);
        }
        return candidate;
    }

    private LocalDate end(License license, LocalDate firstEnd, long k) {
        if (kind == Kind.ISSUE_ANNIVERSARY) {
            return license.firstIssuedOn().plusMonths((k + 1) * periodMonths).minusDays(1);
        }
        return shift(firstEnd, k * periodMonths);
    }

    // Moves by whole months, keeping "last day of the month" ends at the month's end.
    private static LocalDate shift(LocalDate date, long months) {
        LocalDate moved = date.plusMonths(months);
        return date.getDayOfMonth() == date.lengthOfMonth() ? moved.withDayOfMonth(moved.lengthOfMonth()) : moved;
    }

    private static int birthMonth(License license) {
        if (license.birthDate() != null) {
            return license.birthDate().getMonthValue();
        }
        if (license.expiresOn() != null) {
            return license.expiresOn().getMonthValue();
        }
        throw InvalidInputException.of("birth_date", "is required for " + license.typeKey()
                + ", whose cycles end in the birth month (or give expires_on)", null);
    }

    private static LocalDate expiration(License license) {
        if (license.expiresOn() == null) {
            throw InvalidInputException.of("expires_on", "is required for " + license.typeKey()
                    + ", whose cycles end on the date the board prints on the licence", null);
        }
        return license.expiresOn();
    }
}
