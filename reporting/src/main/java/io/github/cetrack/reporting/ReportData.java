package io.github.cetrack.reporting;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.reporting.internal.Matching;
import java.util.List;

/**
 * What a report is made from: an evaluation, the licence type (for the board's name) and the
 * activities that were evaluated (for provider, approvals, format and certificate, which an
 * evaluation does not repeat). The board and the holder come from this data, never from the
 * catalogue.
 *
 * <pre>{@code
 * Evaluation e = engine.evaluate(license, activities);
 * LicenseType type = engine.catalog().licenseType(license.jurisdiction(), license.licenseType()).orElseThrow();
 * ReportData data = ReportData.of(e, type, activities);
 * }</pre>
 *
 * @param evaluation the evaluation to report
 * @param licenseType the licence's type, for the board's name; {@code null} when unknown
 * @param activities the activities the evaluation was made from, in any order
 */
public record ReportData(Evaluation evaluation, LicenseType licenseType, List<CeActivity> activities) {

    /**
     * Checks that every activity of the evaluation is among {@code activities} and that the licence
     * type is the licence's.
     *
     * @throws InvalidInputException naming the field that does not match
     */
    public ReportData {
        if (evaluation == null) {
            throw InvalidInputException.of("evaluation", "is required", null);
        }
        if (activities == null) {
            throw InvalidInputException.of("activities", "is required", null);
        }
        activities = List.copyOf(activities);
        if (licenseType != null && !licenseType.key().equals(evaluation.license().typeKey())) {
            throw InvalidInputException.of("license_type", "must be the evaluated licence's type ("
                    + evaluation.license().typeKey() + ")", licenseType.key());
        }
        Matching.match(evaluation, activities);
    }

    /** Returns the data for a report of {@code evaluation}. */
    public static ReportData of(Evaluation evaluation, LicenseType licenseType, List<CeActivity> activities) {
        return new ReportData(evaluation, licenseType, activities);
    }

    /** Returns the board's name, or {@code null} when the licence type is not given. */
    public String board() {
        return licenseType == null ? null : licenseType.board();
    }
}
