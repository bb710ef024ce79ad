package io.github.cetrack.catalog.dsl;

import io.github.cetrack.core.Citation;
import io.github.cetrack.core.CycleRule;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The fact a rule matches to state how a licence type's renewal cycles are laid out, for cycles
 * in force on a date.
 *
 * <pre>
 * rule "US-CA LCSW cycle" @citation(...) @source(...) @verified(...)
 * when $q : CycleQuery(jurisdiction == "US-CA", licenseType == "LCSW")
 * then $q.expirationDate(24);
 * end
 * </pre>
 */
public final class CycleQuery extends RuleFact {

    private final String jurisdiction;
    private final String licenseType;
    private final LocalDate on;
    private CycleRule rule;
    private Citation ruleCitation;

    /** Creates the query; for the engine. */
    public CycleQuery(String jurisdiction, String licenseType, LocalDate on) {
        this.jurisdiction = jurisdiction;
        this.licenseType = licenseType;
        this.on = on;
    }

    /** Returns the ISO 3166-2 code, like {@code "US-CA"}. */
    public String getJurisdiction() {
        return jurisdiction;
    }

    /** Returns the licence type code, like {@code "LCSW"}. */
    public String getLicenseType() {
        return licenseType;
    }

    /** Returns whether the query date is on or after {@code iso}. */
    public boolean onOrAfter(String iso) {
        return !on.isBefore(boundary(iso));
    }

    /**
     * Returns whether the query date is before {@code iso}. (Not {@code before}: Drools reads that
     * word as its temporal operator.)
     */
    public boolean dateBefore(String iso) {
        return on.isBefore(boundary(iso));
    }

    /** States cycles of {@code months} ending on the last day of the birth month. */
    public void birthMonth(int months) {
        set(CycleRule.birthMonth(months));
    }

    /** States cycles of {@code months} ending the day before an issue-date anniversary. */
    public void issueAnniversary(int months) {
        set(CycleRule.issueAnniversary(months));
    }

    /** States cycles of {@code months} ending on the expiration date the board prints on the licence. */
    public void expirationDate(int months) {
        set(CycleRule.expirationDate(months));
    }

    /** States cycles of {@code months} ending on December 31 of the year before the printed expiration year. */
    public void yearBeforeExpiration(int months) {
        set(CycleRule.yearBeforeExpiration(months));
    }

    /** States cycles of {@code months} ending on {@code monthDay} ({@code "12-31"}) in {@code anchorYear} and every period. */
    public void fixedDate(String monthDay, int months, int anchorYear) {
        set(CycleRule.fixedDate(MonthDay.parse("--" + monthDay), months, anchorYear));
    }

    /** States that the first cycle lasts at least {@code months}; after one of the statements above. */
    public void firstCycleAtLeast(int months) {
        if (rule == null) {
            throw new IllegalStateException("firstCycleAtLeast needs a cycle statement first");
        }
        rule = rule.withFirstCycleMinMonths(months);
    }

    private void set(CycleRule cycleRule) {
        rule = cycleRule;
        ruleCitation = citation();
    }

    /** Returns the stated rule, or {@code null}; for the engine. */
    public CycleRule rule() {
        return rule;
    }

    /** Returns the citation of the stated rule; for the engine. */
    public Citation ruleCitation() {
        return ruleCitation;
    }
}
