package io.github.cetrack.catalog.dsl;

import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.Requirement;
import io.github.cetrack.core.Share;
import io.github.cetrack.core.Topics;
import io.github.cetrack.core.internal.Sets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fact a rule matches to state the requirements of one licence type's renewal cycle. Its
 * fields describe the licence profile and cycle (never the activities); its methods state
 * requirements in the shared vocabulary. Amounts are decimal strings, dates ISO strings.
 *
 * <pre>
 * rule "US-CA BBS law and ethics @ 2015-07-01" @citation(...) @source(...) @verified(...)
 * when $f : Renewal(jurisdiction == "US-CA", licenseType == "LCSW", endsOnOrAfter("2015-07-01"))
 * then $f.categoryMinimum("law_and_ethics", "Law and ethics", "6", "ethics", "laws_and_rules");
 * end
 * </pre>
 */
public final class Renewal extends RuleFact {

    private final String jurisdiction;
    private final String licenseType;
    private final LocalDate start;
    private final LocalDate end;
    private final boolean firstCycle;
    private final Set<String> roles;
    private final Set<String> rolesAsked = new TreeSet<>();
    private final List<Requirement> stated = new ArrayList<>();

    /** Creates the fact; for the engine. */
    public Renewal(String jurisdiction, String licenseType, LocalDate start, LocalDate end, boolean firstCycle,
            Set<String> roles) {
        this.jurisdiction = jurisdiction;
        this.licenseType = licenseType;
        this.start = start;
        this.end = end;
        this.firstCycle = firstCycle;
        this.roles = Set.copyOf(roles);
    }

    /** Returns the ISO 3166-2 code, like {@code "US-CA"}. */
    public String getJurisdiction() {
        return jurisdiction;
    }

    /** Returns the licence type code, like {@code "LCSW"}. */
    public String getLicenseType() {
        return licenseType;
    }

    /** Returns whether this is the cycle in which the licence was first issued. */
    public boolean isFirstCycle() {
        return firstCycle;
    }

    /** Returns whether the cycle ends on or after {@code iso}. */
    public boolean endsOnOrAfter(String iso) {
        return !end.isBefore(boundary(iso));
    }

    /** Returns whether the cycle ends before {@code iso}. */
    public boolean endsBefore(String iso) {
        return end.isBefore(boundary(iso));
    }

    /** Returns whether the cycle starts on or after {@code iso}. */
    public boolean startsOnOrAfter(String iso) {
        return !start.isBefore(boundary(iso));
    }

    /** Returns whether the cycle starts before {@code iso}. */
    public boolean startsBefore(String iso) {
        return start.isBefore(boundary(iso));
    }

    /** Returns whether the licence holder has {@code role}, like {@code "supervisor"}. */
    public boolean hasRole(String role) {
        rolesAsked.add(role);
        return roles.contains(role);
    }

    /** States the total hours. */
    public void totalHours(String hours) {
        add(new Requirement.TotalHours(hours(hours), citation()));
    }

    /** States a minimum in the board's category {@code code} ({@code label}), served by any of {@code topics}. */
    public void categoryMinimum(String code, String label, String hours, String... topics) {
        add(new Requirement.CategoryMinimum(code, label, topics(topics), hours(hours), citation()));
    }

    /** States a cap on a format ({@code "SELF_STUDY"}), as hours ({@code "12"}) or a share ({@code "1/3"}). */
    public void formatCap(String format, String limit) {
        boolean share = limit.contains("/");
        add(new Requirement.FormatCap(DeliveryFormat.valueOf(format), share ? null : hours(limit),
                share ? Share.parse(limit) : null, citation()));
    }

    /** States a cap on the board's category {@code code} ({@code label}, any of {@code topics}), as hours or a share. */
    public void categoryCap(String code, String label, String limit, String... topics) {
        boolean share = limit.contains("/");
        add(new Requirement.CategoryCap(code, label, topics(topics), share ? null : hours(limit),
                share ? Share.parse(limit) : null, citation()));
    }

    /** States a minimum of live hours. */
    public void liveMinimum(String hours) {
        add(new Requirement.LiveMinimum(hours(hours), citation()));
    }

    /** States that up to {@code maxHours} excess hours carry over from the previous cycle. */
    public void carryOver(String maxHours) {
        add(new Requirement.CarryOver(hours(maxHours), citation()));
    }

    /** States the accepted provider approvals and the share of required hours that must come from them. */
    public void acceptedApprovals(String minimumShare, String... approvals) {
        add(new Requirement.AcceptedApprovals(Sets.codes(List.of(approvals)), Share.parse(minimumShare), citation()));
    }

    /** States that one {@code unit} ({@code "CEU"}) counts as {@code hours}. */
    public void unitEquivalence(String unit, String hours) {
        add(new Requirement.UnitEquivalence(HourUnit.valueOf(unit), hours(hours), citation()));
    }

    /** States that no hours are required in the first cycle. */
    public void firstCycleExempt() {
        add(new Requirement.FirstCycleExemption(citation()));
    }

    /** States a prorated total: {@code perMonth} per whole month of the cycle from {@code since}, at most {@code max}. */
    public void proratedTotal(String perMonth, String since, String max) {
        add(new Requirement.ProratedTotal(hours(perMonth), date(since), hours(max), false, citation()));
    }

    /** States a total prorated at {@code perMonth} per whole month of the cycle, at most {@code max}. */
    public void proratedTotal(String perMonth, String max) {
        add(new Requirement.ProratedTotal(hours(perMonth), null, hours(max), false, citation()));
    }

    /**
     * As {@link #proratedTotal(String, String, String)}, counting the month the proration starts in
     * (the month of issue, in a first cycle) as a whole month.
     */
    public void proratedTotalCountingStartMonth(String perMonth, String since, String max) {
        add(new Requirement.ProratedTotal(hours(perMonth), date(since), hours(max), true, citation()));
    }

    /**
     * As {@link #proratedTotal(String, String)}, counting the month the cycle starts in (the month
     * of issue, in a first cycle) as a whole month.
     */
    public void proratedTotalCountingStartMonth(String perMonth, String max) {
        add(new Requirement.ProratedTotal(hours(perMonth), null, hours(max), true, citation()));
    }

    /** States a once-per-licensure minimum in the board's category {@code code}, served by any of {@code topics}. */
    public void oneTime(String code, String label, String hours, String... topics) {
        add(new Requirement.OneTime(code, label, topics(topics), hours(hours), citation()));
    }

    /** States a minimum in the board's category {@code code} every {@code years} years. */
    public void periodic(String code, String label, String hours, int years, String... topics) {
        add(new Requirement.Periodic(code, label, topics(topics), hours(hours), years, citation()));
    }

    /** States whether one activity's hours may count toward several category minimums. */
    public void categoryOverlap(boolean allowed) {
        add(new Requirement.CategoryOverlap(allowed, citation()));
    }

    /** States a rule the engine cannot check from CE records, shown as a reminder. */
    public void note(String code, String text) {
        add(new Requirement.Note(code, text, citation()));
    }

    /** Returns what the rules stated, in firing order; for the engine. */
    public List<Requirement> stated() {
        return List.copyOf(stated);
    }

    /** Returns the roles the rules asked about; for the engine. */
    public Set<String> rolesAsked() {
        return Set.copyOf(rolesAsked);
    }

    private void add(Requirement requirement) {
        stated.add(requirement);
    }

    private static Set<String> topics(String... topics) {
        for (String topic : topics) {
            if (!Topics.isKnown(topic)) {
                throw InvalidInputException.of("rule topic", Topics.problem(topic), topic);
            }
        }
        return Sets.codes(List.of(topics));
    }

    private static BigDecimal hours(String text) {
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.signum() < 0 || value.scale() > 2) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("rule hours", "must be a non-negative number with at most 2 decimals", text);
        }
    }
}
