package io.github.cetrack.catalog.internal;

import io.github.cetrack.core.ActivityKind;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Citation;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.Evaluation.ActivityResult;
import io.github.cetrack.core.Evaluation.Finding;
import io.github.cetrack.core.Evaluation.FindingCode;
import io.github.cetrack.core.Evaluation.Reason;
import io.github.cetrack.core.Evaluation.RequirementResult;
import io.github.cetrack.core.Evaluation.Severity;
import io.github.cetrack.core.License;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.Requirement;
import io.github.cetrack.core.RequirementKind;
import io.github.cetrack.core.RequirementSet;
import io.github.cetrack.core.internal.Duplicates;
import io.github.cetrack.core.internal.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts a cycle's activities against a resolved {@link RequirementSet}: plain Java, no Drools. Pure:
 * the same inputs give an equal {@link Evaluation}.
 */
public final class Evaluator {

        private Evaluator() {}

    /**
     * Evaluates {@code activities} for {@code license} in {@code cycle}.
     *
     * @param firstCycle whether {@code cycle} is the one in which the licence was first issued
     * @param carried hours carried over from the previous cycle before applying this set's limit
     */
    public static Evaluation evaluate(License license, RenewalCycle cycle, List<CeActivity> activities,
            RequirementSet set, boolean firstCycle, BigDecimal carried, String catalogVersion) {
        return evaluate(license, cycle, activities, prepare(set), firstCycle, carried, catalogVersion, Context.NONE);
    }

    /**
     * As {@link #evaluate(License, RenewalCycle, List, RequirementSet, boolean, BigDecimal, String)}, over a
     * prepared set and in a context.
     */
    public static Evaluation evaluate(License license, RenewalCycle cycle, List<CeActivity> activities,
            Prepared set, boolean firstCycle, BigDecimal carried, String catalogVersion, Context context) {
        return new Run(license, cycle, activities, set, firstCycle, carried, catalogVersion, false, context).evaluate();
    }

    /**
     * What an evaluation depends on besides the activities and the set.
     *
     * @param asOf the evaluation date: activities completed after it do not count yet
     * @param dueEarlier the one-time categories of the set that were due at an earlier renewal of
     *     the licence, each with the end of the cycle in which it applied
     */
    public record Context(LocalDate asOf, Map<String, LocalDate> dueEarlier) {
        /** No evaluation date and nothing due earlier. */
        public static final Context NONE = new Context(LocalDate.MAX, Map.of());

        /** Copies the map. */
        public Context {
            dueEarlier = Map.copyOf(dueEarlier);
        }
    }

    /**
     * Returns the hours counted toward the total of {@code cycle} beyond what it required, for
     * carry-over into the next cycle; without building any text. Zero when the set states no total
     * or the cycle is exempt.
     */
    public static BigDecimal excess(License license, RenewalCycle cycle, List<CeActivity> activities,
            RequirementSet set, boolean firstCycle) {
        return excess(license, cycle, activities, prepare(set), firstCycle, LocalDate.MAX);
    }

    /**
     * As {@link #excess(License, RenewalCycle, List, RequirementSet, boolean)}, over a prepared set,
     * counting only activities completed by {@code asOf}.
     */
    public static BigDecimal excess(License license, RenewalCycle cycle, List<CeActivity> activities,
            Prepared set, boolean firstCycle, LocalDate asOf) {
        return excess(new Run(license, cycle, activities, set, firstCycle, BigDecimal.ZERO, "", true,
                new Context(asOf, Map.of())).evaluate());
    }

    /** Returns {@code set} grouped and pre-computed for evaluation; immutable, so it can be cached with the set. */
    public static Prepared prepare(RequirementSet set) {
        return new Prepared(set);
    }

    /** Returns the hours counted toward the total beyond what the total required, for carry-over. */
    public static BigDecimal excess(Evaluation evaluation) {
        return evaluation.requirements().stream().filter(r -> r.kind() == RequirementKind.TOTAL_HOURS).findFirst()
                .map(r -> r.counted().subtract(r.required()).max(BigDecimal.ZERO)).orElse(BigDecimal.ZERO);
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

    // By severity, then code; stable, so findings about activities stay in the activities' order.
    private static List<Finding> sorted(List<Finding> findings) {
        int[] order = Sort.positions(findings.size(), (x, y) -> {
            Finding a = findings.get(x);
            Finding b = findings.get(y);
            int c = a.severity().compareTo(b.severity());
            return c != 0 ? c : a.code().compareTo(b.code());
        });
        List<Finding> out = new ArrayList<>(order.length);
        for (int i : order) {
            out.add(findings.get(i));
        }
        return out;
    }

    private static final class Run {
        private final License license;
        private final RenewalCycle cycle;
        private final Prepared set;
        private final boolean exempt;
        private final BigDecimal carriedIn;
        private final String catalogVersion;
        private final CeActivity[] sorted;
        private final String[] ids;
        // Per sorted activity, the categories of the set its topics serve.
        private final Set<String>[] serves;
        private final Requirement.AcceptedApprovals approvals;
        private final List<Finding> findings = new ArrayList<>();
        private final boolean quiet;
        private final Context context;
        // Per sorted activity, why it did not (all) count, as far as known before allocation.
        private Reason[] reasons;

        Run(License license, RenewalCycle cycle, List<CeActivity> activities, Prepared set, boolean firstCycle,
                BigDecimal carried, String catalogVersion, boolean quiet, Context context) {
            this.quiet = quiet;
            this.context = context;
            this.license = license;
            this.cycle = cycle;
            this.set = set;
            this.exempt = firstCycle && set.exemption != null;
            this.carriedIn = carried;
            this.catalogVersion = catalogVersion;
            CeActivity[] given = activities.toArray(new CeActivity[0]);
            int[] order = Sort.positions(given.length, (x, y) -> chronological(given[x], given[y]));
            int n = order.length;
            this.sorted = new CeActivity[n];
            this.ids = new String[n];
            this.serves = noCategories(n);
            for (int a = 0; a < n; a++) {
                CeActivity activity = given[order[a]];
                sorted[a] = activity;
                ids[a] = activity.id() != null ? activity.id() : "#" + (order[a] + 1);
            }
            this.approvals = set.approvals;
        }

        Evaluation evaluate() {
            BigDecimal requiredTotal = exempt ? BigDecimal.ZERO : set.requiredTotal(cycle);
            // Under a phase-in, only hours earned once the requirement applied count.
            LocalDate countsFrom = set.countsFrom(cycle);
            int n = sorted.length;
            List<Allocator.Item> items = new ArrayList<>(n);
            int[] itemOf = new int[n];
            int eligible = 0;
            reasons = new Reason[n];
            BigDecimal[] clock = new BigDecimal[n];
            boolean[] isApproved = new boolean[n];
            Duplicate[] twins = new Duplicate[n];
            Map<String, Integer> byCertificate = new HashMap<>();
            for (int a = 0; a < n; a++) {
                CeActivity activity = sorted[a];
                serves[a] = set.categoriesOf(activity.topics());
                clock[a] = set.clockHours(activity.hours(), activity.unit());
                isApproved[a] = set.accepts(activity.approvals());
                if (activity.completedOn().isAfter(context.asOf())) {
                    reasons[a] = Reason.NOT_YET_COMPLETED;
                } else if (activity.kind() == ActivityKind.PRIOR_COMPLETION) {
                    reasons[a] = Reason.RECORD_ONLY;
                } else if ((twins[a] = twin(a, byCertificate)) != null) {
                    reasons[a] = Reason.DUPLICATE;
                } else if (clock[a] == null) {
                    reasons[a] = Reason.UNIT_NOT_ACCEPTED;
                } else if (!cycle.contains(activity.completedOn()) || activity.completedOn().isBefore(countsFrom)) {
                    reasons[a] = Reason.OUTSIDE_CYCLE;
                } else if (approvals != null && set.approvalsAll && !isApproved[a]) {
                    reasons[a] = Reason.PROVIDER_NOT_ACCEPTED;
                } else {
                    itemOf[eligible++] = a;
                    items.add(new Allocator.Item(Hundredths.of(clock[a]), activity.format(), serves[a], isApproved[a]));
                }
                if (activity.certificate() != null && original(a)) {
                    byCertificate.putIfAbsent(activity.certificate().sha256(), a);
                }
            }
            Allocator.Plan plan = Allocator.allocate(items, set.limits(requiredTotal, exempt));

            List<ActivityResult> activityResults = new ArrayList<>(n);
            BigDecimal countedTotal = BigDecimal.ZERO;
            BigDecimal live = BigDecimal.ZERO;
            BigDecimal fromApproved = BigDecimal.ZERO;
            // Only looked up, never listed: no need for a sorted map.
            Map<String, BigDecimal> byCategory = new HashMap<>();
            for (int a = 0, k = 0; a < n; a++) {
                CeActivity activity = sorted[a];
                BigDecimal counted = BigDecimal.ZERO;
                Map<String, BigDecimal> credited = Collections.emptySortedMap();
                Reason reason = reasons[a];
                if (k < eligible && itemOf[k] == a) {
                    counted = Hundredths.hours(plan.counted()[k]);
                    Map<String, Long> planned = plan.credited().get(k);
                    if (!planned.isEmpty()) {
                        Map<String, BigDecimal> inHours = new TreeMap<>();
                        planned.forEach((c, v) -> inHours.put(c, Hundredths.hours(v)));
                        credited = inHours;
                    }
                    if (counted.compareTo(clock[a]) < 0) {
                        reason = Reason.OVER_CAP;
                    }
                    k++;
                }
                countedTotal = countedTotal.add(counted);
                if (activity.format().isLive()) {
                    live = live.add(counted);
                }
                if (isApproved[a]) {
                    fromApproved = fromApproved.add(counted);
                }
                credited.forEach((c, v) -> byCategory.merge(c, v, BigDecimal::add));
                String id = ids[a];
                BigDecimal shown = clock[a] != null ? clock[a] : activity.hours();
                Duplicate twin = twins[a];
                activityResults.add(new ActivityResult(id, activity.title(), activity.completedOn(), shown, counted,
                        credited, reason, quiet ? "" : twin != null ? "not counted: probably the same as "
                                + ids[twin.of()] + ", which counts instead" : explain(activity, shown, counted, credited, reason)));
                if (!quiet) {
                    activityFindings(activity, id, shown, counted, reason);
                    if (twin != null) {
                        findings.add(new Finding(FindingCode.DUPLICATE, Severity.WARNING, "\"" + activity.title() + "\" ("
                                + id + ") is probably the same activity as \"" + sorted[twin.of()].title() + "\" ("
                                + ids[twin.of()] + "): " + twin.why() + "; it counts once. If it is a genuine repeat,"
                                + " attach each its own certificate", id, null));
                    }
                }
            }

            List<RequirementResult> results = new ArrayList<>();
            if (!exempt) {
                BigDecimal carried = BigDecimal.ZERO;
                Requirement.CarryOver carry = set.carryOver;
                if (carry != null && carriedIn.signum() > 0) {
                    carried = carriedIn.min(carry.maxHours());
                    findings.add(new Finding(FindingCode.CARRIED_OVER, Severity.INFO, Words.hours(carried)
                            + " carried over from the previous cycle count toward the total", null,
                            carry.citation()));
                }
                for (Prepared.Minimum m : set.minimums) {
                    tally(m, requiredTotal, countedTotal.add(carried), byCategory, live, fromApproved, clock, isApproved,
                            results);
                }
                for (Requirement.Note note : set.all(Requirement.Note.class)) {
                    findings.add(new Finding(FindingCode.REMINDER, Severity.INFO, note.text(), note.code(),
                            note.citation()));
                }
            } else if (set.exemption != null) {
                findings.add(new Finding(FindingCode.EXEMPT_FIRST_CYCLE, Severity.INFO, "No CE hours are required for"
                        + " this cycle: it is the one in which the licence was first issued", null,
                        set.exemption.citation()));
            }
            boolean met = true;
            for (RequirementResult r : results) {
                met &= r.isMet();
            }
            Evaluation.Status status = exempt ? Evaluation.Status.EXEMPT
                    : met ? Evaluation.Status.COMPLIANT
                    : Evaluation.Status.INCOMPLETE;
            return new Evaluation(license, cycle, status, results, activityResults, sorted(findings), catalogVersion);
        }

        // The earlier activity that the sorted activity a probably duplicates, or null.
        private Duplicate twin(int a, Map<String, Integer> byCertificate) {
            CeActivity activity = sorted[a];
            if (activity.certificate() != null) {
                Integer b = byCertificate.get(activity.certificate().sha256());
                if (b != null) {
                    return new Duplicate(b, "the same certificate");
                }
            }
            // Sorted by date first: activities of the same date are just before this one.
            for (int b = a - 1; b >= 0 && sorted[b].completedOn().equals(activity.completedOn()); b--) {
                String why = original(b) ? Duplicates.why(activity, sorted[b]) : null;
                if (why != null) {
                    return new Duplicate(b, why);
                }
            }
            return null;
        }

        // Whether an activity can count somewhere: it is done, a course and not a copy of another.
        private boolean original(int a) {
            Reason r = reasons[a];
            return r != Reason.NOT_YET_COMPLETED && r != Reason.RECORD_ONLY && r != Reason.DUPLICATE;
        }

        private void tally(Prepared.Minimum m, BigDecimal requiredTotal, BigDecimal countedTotal,
                Map<String, BigDecimal> byCategory, BigDecimal live, BigDecimal fromApproved, BigDecimal[] clock,
                boolean[] isApproved, List<RequirementResult> results) {
            switch (m.kind()) {
                case TOTAL_HOURS -> results.add(result(m, set.prorated == null ? m.description() : "at least "
                        + Words.hours(requiredTotal) + " in total (" + m.description() + ")", requiredTotal, countedTotal));
                case CATEGORY_MINIMUM -> results.add(result(m, m.description(), m.hours(),
                        byCategory.getOrDefault(m.category(), BigDecimal.ZERO)));
                case LIVE_MINIMUM -> results.add(result(m, m.description(), m.hours(), live));
                case ACCEPTED_APPROVALS -> results.add(result(m, m.description(),
                        set.approvals.minimumShare().of(requiredTotal), fromApproved));
                case ONE_TIME -> {
                    LocalDate earlier = context.dueEarlier().get(m.category());
                    if (earlier != null) {
                        // Due at an earlier renewal, which the board granted: met, never a shortfall.
                        results.add(new RequirementResult(RequirementKind.ONE_TIME, m.category(),
                                m.description() + "; due by an earlier renewal", Hundredths.round(m.hours()),
                                Hundredths.round(m.hours()), Hundredths.round(BigDecimal.ZERO), m.citation()));
                        if (!quiet) {
                            findings.add(new Finding(FindingCode.ONE_TIME_MET_EARLIER, Severity.INFO,
                                    Words.capitalized(m.topic()) + " (" + Words.hours(m.hours())
                                    + ", once) was due by an earlier renewal (it applied to the cycle ending " + earlier
                                    + ") and is taken as met; keep its certificate in case of an audit", m.category(),
                                    m.citation()));
                        }
                    } else {
                        results.add(result(m, m.description(), m.hours(), recorded(m.category()) ? m.hours()
                                : hoursOf(m.category(), LocalDate.MIN, false, clock, isApproved)));
                    }
                }
                case PERIODIC -> results.add(result(m, m.description(), m.hours(), hoursOf(m.category(),
                        cycle.end().plusDays(1).minusYears(m.everyYears()), true, clock, isApproved)));
                default -> throw new IllegalStateException("not a minimum: " + m.kind());
            }
        }

        private RequirementResult result(Prepared.Minimum m, String description, BigDecimal required,
                BigDecimal counted) {
            return result(m.kind(), m.category(), description, required, counted, m.citation(), m.code(), m.topic());
        }

        private RequirementResult result(RequirementKind kind, String category, String description, BigDecimal required,
                BigDecimal counted, Citation citation, FindingCode code, String topic) {
            BigDecimal remaining = required.subtract(counted).max(BigDecimal.ZERO);
            BigDecimal countedShown = counted.min(required);
            if (remaining.signum() > 0 && !quiet) {
                String needed = Words.hours(remaining).replaceFirst(" hours?$", "");
                String noun = remaining.compareTo(BigDecimal.ONE) == 0 ? " more hour of " : " more hours of ";
                findings.add(new Finding(code, Severity.ERROR, needed + noun + topic + " needed by " + cycle.end()
                        + " (" + description + ")", category, citation));
            }
            return new RequirementResult(kind, category, description, Hundredths.round(required),
                    Hundredths.round(kind == RequirementKind.TOTAL_HOURS ? counted : countedShown), Hundredths.round(remaining), citation);
        }

        // Hours of a category completed from {@code from} to the cycle's end. One-time topics accept
        // any provider (boards accept graduate coursework for them); periodic ones only accepted providers.
        private BigDecimal hoursOf(String category, LocalDate from, boolean approvedOnly, BigDecimal[] clock,
                boolean[] isApproved) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int a = 0; a < sorted.length; a++) {
                CeActivity activity = sorted[a];
                if (clock[a] != null && original(a) && serves[a].contains(category) && !activity.completedOn().isBefore(from)
                        && !activity.completedOn().isAfter(cycle.end())
                        && (!approvedOnly || approvals == null || !set.approvalsAll || isApproved[a])) {
                    sum = sum.add(clock[a]);
                }
            }
            return sum;
        }

        // Whether a record of one-time training completed before the records began serves the category.
        private boolean recorded(String category) {
            for (int a = 0; a < sorted.length; a++) {
                if (reasons[a] == Reason.RECORD_ONLY && serves[a].contains(category)
                        && !sorted[a].completedOn().isAfter(cycle.end())) {
                    return true;
                }
            }
            return false;
        }

        private void activityFindings(CeActivity activity, String id, BigDecimal shown, BigDecimal counted,
                Reason reason) {
            if (reason == Reason.OVER_CAP) {
                findings.add(new Finding(FindingCode.OVER_CAP, Severity.WARNING, "\"" + activity.title() + "\": "
                        + Words.hours(shown.subtract(counted)) + " over the board's limit did not count", id,
                        set.capCitation(activity.format())));
            } else if (reason == Reason.PROVIDER_NOT_ACCEPTED) {
                findings.add(new Finding(FindingCode.PROVIDER_NOT_ACCEPTED, Severity.WARNING, "\"" + activity.title()
                        + "\" did not count: the board accepts only " + set.acceptedText, id, approvals.citation()));
            } else if (reason == Reason.UNIT_NOT_ACCEPTED) {
                findings.add(new Finding(FindingCode.UNIT_NOT_ACCEPTED, Severity.WARNING, "\"" + activity.title()
                        + "\" did not count: the catalogue has no equivalence from the board's rules for "
                        + Words.unit(activity.unit()) + "s; record the clock hours its certificate states", id, null));
            } else if (reason == Reason.NOT_YET_COMPLETED) {
                findings.add(new Finding(FindingCode.NOT_YET_COMPLETED, Severity.WARNING, "\"" + activity.title()
                        + "\" is dated " + activity.completedOn() + ", after the evaluation date " + context.asOf()
                        + ": CE counts once completed, so it does not count yet", id, null));
            } else if (reason == Reason.OUTSIDE_CYCLE) {
                findings.add(new Finding(FindingCode.OUTSIDE_CYCLE, Severity.INFO, "\"" + activity.title()
                        + "\" was completed on " + activity.completedOn() + ", outside the cycle " + cycle.start()
                        + " to " + cycle.end() + phaseIn(), id, null));
            }
            if (counted.signum() > 0 && activity.certificate() == null) {
                findings.add(new Finding(FindingCode.MISSING_CERTIFICATE, Severity.WARNING, "\"" + activity.title()
                        + "\" has no certificate on file; keep it in case of an audit", id, null));
            }
        }

        private String phaseIn() {
            return set.phasedIn(cycle) ? " or before the requirement began on " + set.prorated.since() : "";
        }

        private String explain(CeActivity activity, BigDecimal shown, BigDecimal counted, Map<String, BigDecimal> credited,
                Reason reason) {
            if (reason == Reason.UNIT_NOT_ACCEPTED) {
                return "not counted: no equivalence for " + Words.unit(activity.unit()) + "s";
            }
            if (reason == Reason.NOT_YET_COMPLETED) {
                return "not counted: dated after " + context.asOf() + ", so not completed yet";
            }
            if (reason == Reason.RECORD_ONLY) {
                return "a record of one-time training completed before these records began: it meets the one-time"
                        + " requirements of its topics and counts toward nothing else";
            }
            if (reason == Reason.OUTSIDE_CYCLE) {
                return "not counted: completed outside this cycle" + phaseIn();
            }
            if (reason == Reason.PROVIDER_NOT_ACCEPTED) {
                return "not counted: provider approval not accepted";
            }
            StringBuilder out = new StringBuilder(64);
            out.append(Words.hours(counted)).append(" counted");
            if (!credited.isEmpty()) {
                out.append(" (");
                boolean next = false;
                for (Map.Entry<String, BigDecimal> e : credited.entrySet()) {
                    if (next) {
                        out.append(", ");
                    }
                    out.append(Words.hours(e.getValue())).append(" toward ").append(Words.category(e.getKey()));
                    next = true;
                }
                out.append(')');
            }
            if (reason == Reason.OVER_CAP) {
                out.append("; ").append(Words.hours(shown.subtract(counted))).append(" over a cap");
            }
            return out.toString();
        }
    }

    // The earlier activity (a sorted position) that another probably duplicates, and why.
    private record Duplicate(int of, String why) {}

    @SuppressWarnings("unchecked")
    private static Set<String>[] noCategories(int n) {
        return new Set[n];
    }
}
