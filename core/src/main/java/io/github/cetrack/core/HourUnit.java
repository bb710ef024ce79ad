package io.github.cetrack.core;

/**
 * The unit a certificate states its amount in. Only {@link #CLOCK_HOUR} counts as itself; any other
 * unit counts only where the board's rules state an equivalence ({@code UnitEquivalence}).
 */
public enum HourUnit {
    /** A 60-minute (or board-defined 50-minute) contact hour. */
    CLOCK_HOUR,
    /** A provider's "CE credit", which some boards equate to one hour. */
    CE_CREDIT,
    /** A Continuing Education Unit, commonly ten contact hours. */
    CEU,
    /** An academic semester credit. */
    SEMESTER_CREDIT,
    /** An academic quarter credit. */
    QUARTER_CREDIT;

    /**
     * The unit in words, as every evaluation and report writes it.
     *
     * @return {@code "CEU"}, or the name in lower case, such as {@code "semester credit"}
     */
    public String text() {
        return this == CEU ? "CEU" : name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
