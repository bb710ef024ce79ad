package io.github.cetrack.catalog.internal;

import io.github.cetrack.core.ActivityKind;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.Evaluation.Reason;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.internal.Duplicates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One activity as a cycle's evaluation sees it before allocation: its clock hours, the categories
 * of the set it serves, and why it cannot count, if it cannot.
 *
 * @param id the caller's id, or {@code "#3"} for the third activity given without one
 * @param categories the categories of the set its topics serve
 * @param cents its clock hours in hundredths, or -1 when the set has no equivalence for its unit
 * @param approved whether it carries a provider approval the board accepts
 * @param reason why it counts toward nothing, or {@code null} when the allocator decides how much counts
 * @param twin the earlier activity it probably repeats, or {@code null}
 */
record Eligibility(CeActivity activity, String id, Set<String> categories, long cents, boolean approved,
        Reason reason, Twin twin) {

    /** The earlier activity that another probably repeats, and why it seems so. */
    record Twin(Eligibility of, String why) {}

    /**
     * Returns {@code activities} in chronological order (then by title and id, then as given),
     * each judged for {@code cycle} as of {@code asOf}.
     */
    static List<Eligibility> judge(List<CeActivity> activities, Prepared set, RenewalCycle cycle, LocalDate asOf) {
        CeActivity[] given = activities.toArray(new CeActivity[0]);
        int[] order = Sort.positions(given.length, (x, y) -> chronological(given[x], given[y]));
        // Under a phase-in, only hours earned once the requirement applied count.
        LocalDate countsFrom = set.countsFrom(cycle);
        List<Eligibility> out = new ArrayList<>(given.length);
        Map<String, Eligibility> byCertificate = new HashMap<>();
        for (int position : order) {
            CeActivity activity = given[position];
            long cents = set.clockCents(activity.hours(), activity.unit());
            boolean approved = set.accepts(activity.approvals());
            LocalDate on = activity.completedOn();
            Twin twin = null;
            Reason reason = null;
            if (on.isAfter(asOf)) {
                reason = Reason.NOT_YET_COMPLETED;
            } else if (activity.kind() == ActivityKind.PRIOR_COMPLETION) {
                reason = Reason.RECORD_ONLY;
            } else if ((twin = twin(activity, out, byCertificate)) != null) {
                reason = Reason.DUPLICATE;
            } else if (cents < 0) {
                reason = Reason.UNIT_NOT_ACCEPTED;
            } else if (!cycle.contains(on) || on.isBefore(countsFrom)) {
                reason = Reason.OUTSIDE_CYCLE;
            } else if (set.approvalsAll && !approved) {
                reason = Reason.PROVIDER_NOT_ACCEPTED;
            }
            Eligibility judged = new Eligibility(activity, activity.id() != null ? activity.id() : "#" + (position + 1),
                    set.categoriesOf(activity.topics()), cents, approved, reason, twin);
            out.add(judged);
            if (activity.certificate() != null && judged.original()) {
                byCertificate.putIfAbsent(activity.certificate().sha256(), judged);
            }
        }
        return out;
    }

    /** Returns whether the allocator decides how much of it counts. */
    boolean eligible() {
        return reason == null;
    }

    /** Returns whether it can count somewhere: it is done, a course and not a copy of another. */
    boolean original() {
        return reason != Reason.NOT_YET_COMPLETED && reason != Reason.RECORD_ONLY && reason != Reason.DUPLICATE;
    }

    /** Returns its clock hours, or {@code null} when the set has no equivalence for its unit. */
    BigDecimal clock() {
        return cents < 0 ? null : Hundredths.hours(cents);
    }

    /** Returns the hours a result shows for it: its clock hours, or the hours given when there are none. */
    BigDecimal shown() {
        return cents < 0 ? activity.hours() : Hundredths.hours(cents);
    }

    DeliveryFormat format() {
        return activity.format();
    }

    // Activities in chronological order, then by title and id; Sort keeps the order given among
    // equals, so that any input order gives the same result.
    private static int chronological(CeActivity a, CeActivity b) {
        int c = a.completedOn().compareTo(b.completedOn());
        if (c == 0) {
            c = a.title().compareTo(b.title());
        }
        if (c == 0) {
            c = (a.id() == null ? "" : a.id()).compareTo(b.id() == null ? "" : b.id());
        }
        return c;
    }

    // The earlier activity that this one probably repeats, or null.
    private static Twin twin(CeActivity activity, List<Eligibility> earlier, Map<String, Eligibility> byCertificate) {
        if (activity.certificate() != null) {
            Eligibility same = byCertificate.get(activity.certificate().sha256());
            if (same != null) {
                return new Twin(same, "the same certificate");
            }
        }
        // Sorted by date first: activities of the same date are just before this one.
        for (int b = earlier.size() - 1; b >= 0 && earlier.get(b).activity.completedOn().equals(activity.completedOn());
                b--) {
            Eligibility other = earlier.get(b);
            String why = other.original() ? Duplicates.why(activity, other.activity) : null;
            if (why != null) {
                return new Twin(other, why);
            }
        }
        return null;
    }
}
