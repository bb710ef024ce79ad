package io.github.cetrack.catalog.internal;

import io.github.cetrack.core.Evaluation.Reason;
import io.github.cetrack.core.Evaluation.RequirementResult;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.RequirementKind;
import io.github.cetrack.core.internal.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sums what counted toward each requirement of a cycle and gives their results: numbers and the
 * set's descriptions, no findings. Carry-over runs it alone, for the previous cycle's excess.
 */
final class Tally {

    /** A requirement's result, with its shortfall before rounding (what a finding states). */
    record Line(Prepared.Minimum minimum, RequirementResult result, BigDecimal remaining) {}

    private final List<Eligibility> judged;
    private final Allocator.Plan plan;
    private final Prepared set;
    private final RenewalCycle cycle;

    /** Tallies {@code judged} for {@code cycle}, {@code plan} being the allocation of its eligible activities. */
    Tally(List<Eligibility> judged, Allocator.Plan plan, Prepared set, RenewalCycle cycle) {
        this.judged = judged;
        this.plan = plan;
        this.set = set;
        this.cycle = cycle;
    }

    /**
     * Returns the results of the set's requirements, in the set's order.
     *
     * @param carried hours carried over from the previous cycle that count toward the total
     * @param dueEarlier one-time categories due at an earlier renewal, which are met
     */
    List<Line> lines(BigDecimal requiredTotal, BigDecimal carried, Set<String> dueEarlier) {
        // Hundredths counted: in all, in live formats, from approved providers.
        long total = 0;
        long live = 0;
        long approved = 0;
        int k = 0;
        for (Eligibility e : judged) {
            if (e.eligible()) {
                long counted = plan.counted()[k++];
                total += counted;
                live += e.format().isLive() ? counted : 0;
                approved += e.approved() ? counted : 0;
            }
        }
        List<Line> out = new ArrayList<>(set.minimums.size());
        for (Prepared.Minimum m : set.minimums) {
            out.add(switch (m.kind()) {
                case TOTAL_HOURS -> line(m, set.prorated == null ? m.description() : "at least "
                        + Words.hours(requiredTotal) + " in total (" + m.description() + ")", requiredTotal,
                        Hundredths.hours(total).add(carried));
                case CATEGORY_MINIMUM -> line(m, m.hours(), Hundredths.hours(credited(m.category())));
                case LIVE_MINIMUM -> line(m, m.hours(), Hundredths.hours(live));
                case ACCEPTED_APPROVALS -> line(m, set.approvals.minimumShare().of(requiredTotal),
                        Hundredths.hours(approved));
                case ONE_TIME -> dueEarlier.contains(m.category()) ? metEarlier(m)
                        : line(m, m.hours(), recorded(m.category()) ? m.hours()
                                : Hundredths.hours(done(m.category(), LocalDate.MIN, false)));
                case PERIODIC -> line(m, m.hours(), Hundredths.hours(done(m.category(),
                        cycle.end().plusDays(1).minusYears(m.everyYears()), true)));
            });
        }
        return out;
    }

    /** Returns the hours counted toward the total beyond what it required, for carry-over into the next cycle. */
    static BigDecimal excess(List<Line> lines) {
        for (Line line : lines) {
            RequirementResult r = line.result();
            if (r.kind() == RequirementKind.TOTAL_HOURS) {
                return r.counted().subtract(r.required()).max(BigDecimal.ZERO);
            }
        }
        return BigDecimal.ZERO;
    }

    private static Line line(Prepared.Minimum m, BigDecimal required, BigDecimal counted) {
        return line(m, m.description(), required, counted);
    }

    private static Line line(Prepared.Minimum m, String description, BigDecimal required, BigDecimal counted) {
        BigDecimal remaining = required.subtract(counted).max(BigDecimal.ZERO);
        // The total shows all that counted; a minimum, what counted toward it.
        BigDecimal shown = m.kind() == RequirementKind.TOTAL_HOURS ? counted : counted.min(required);
        return new Line(m, new RequirementResult(m.kind(), m.category(), description, Hundredths.round(required),
                Hundredths.round(shown), Hundredths.round(remaining), m.citation()), remaining);
    }

    // Due at an earlier renewal, which the board granted: met, never a shortfall.
    private static Line metEarlier(Prepared.Minimum m) {
        BigDecimal hours = Hundredths.round(m.hours());
        String description = m.description() + "; due by an earlier renewal";
        return new Line(m, new RequirementResult(m.kind(), m.category(), description, hours, hours,
                Hundredths.round(BigDecimal.ZERO), m.citation()), BigDecimal.ZERO);
    }

    // Hundredths the allocation credited to a category minimum.
    private long credited(String category) {
        long sum = 0;
        for (Map<String, Long> credited : plan.credited()) {
            Long cents = credited.get(category);
            sum += cents == null ? 0 : cents;
        }
        return sum;
    }

    // Hundredths of a category completed from the day given to the cycle's end. One-time topics accept
    // any provider (boards accept graduate coursework for them); periodic ones only accepted providers.
    private long done(String category, LocalDate from, boolean approvedOnly) {
        long sum = 0;
        for (Eligibility e : judged) {
            LocalDate on = e.activity().completedOn();
            if (e.cents() >= 0 && e.original() && e.categories().contains(category) && !on.isBefore(from)
                    && !on.isAfter(cycle.end()) && (!approvedOnly || !set.approvalsAll || e.approved())) {
                sum += e.cents();
            }
        }
        return sum;
    }

    // Whether a record of one-time training completed before the records began serves the category.
    private boolean recorded(String category) {
        for (Eligibility e : judged) {
            if (e.reason() == Reason.RECORD_ONLY && e.categories().contains(category)
                    && !e.activity().completedOn().isAfter(cycle.end())) {
                return true;
            }
        }
        return false;
    }
}
