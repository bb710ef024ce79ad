package io.github.cetrack.core;

import java.util.Locale;

/**
 * The kind of an hour requirement in an {@link Evaluation}: one name shared by the engine, the
 * reports and every program that reads evaluations. In JSON it is written in lower case, like
 * {@code "total_hours"}.
 */
public enum RequirementKind {
    /** The total hours of the cycle (a prorated total too). */
    TOTAL_HOURS,
    /** A minimum in one of the board's categories. */
    CATEGORY_MINIMUM,
    /** A minimum of live hours (in person or live online). */
    LIVE_MINIMUM,
    /** A minimum share of the hours from approved providers. */
    ACCEPTED_APPROVALS,
    /** A category required once per licensure. */
    ONE_TIME,
    /** A category required every few years. */
    PERIODIC;

    /** Returns the code used in JSON and case files, like {@code "total_hours"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns whether requirements of this kind concern one of the board's categories. */
    public boolean hasCategory() {
        return this == CATEGORY_MINIMUM || this == ONE_TIME || this == PERIODIC;
    }
}
