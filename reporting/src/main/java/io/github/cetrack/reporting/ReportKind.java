package io.github.cetrack.reporting;

/**
 * Which report to produce.
 *
 * <pre>{@code
 * byte[] pdf = reports.render(data, ReportKind.AUDIT, ReportFormat.PDF);
 * }</pre>
 */
public enum ReportKind {
    /** What a board asks for at renewal: progress per requirement, what counted and what did not, citations. */
    RENEWAL,
    /** Every activity in the cycle with its certificate, missing certificates flagged, totals per topic. */
    AUDIT
}
