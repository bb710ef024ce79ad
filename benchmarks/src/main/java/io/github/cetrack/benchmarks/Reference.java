package io.github.cetrack.benchmarks;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.Evaluation.ActivityResult;
import io.github.cetrack.core.Evaluation.Reason;
import io.github.cetrack.core.Evaluation.RequirementResult;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.License;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.Requirement;
import io.github.cetrack.core.RequirementKind;
import io.github.cetrack.core.RequirementSet;
import io.github.cetrack.core.Share;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reference evaluator: the same semantics as the engine, written without its allocator, as a
 * speed baseline and a test oracle. Amounts are {@code long} hundredths of an hour throughout.
 *
 * <p>Category credit is computed from the max-flow/min-cut duality instead of a flow: the most
 * hours category minimums can receive is the minimum, over every set D of categories, of (the
 * minimums outside D) plus (what can reach D: per cap group the smaller of its cap and its hours
 * touching D, plus uncapped hours touching D). Exponential in the number of categories, which
 * is at most a handful per board. It yields the total category credit, not a split. Under category
 * overlap with a course touching several minimums it credits the hours its greedy order counted,
 * which is not an optimum; the differential test's workload gives each course one topic, which
 * serves at most one category of any board in the catalogue.
 */
public final class Reference {

    private Reference() {}

    /** The inputs besides the licence and activities: what the catalogue resolved. */
    public record Rules(RequirementSet set, boolean firstCycle, RequirementSet previousSet, RenewalCycle previous,
            boolean previousFirst) {}

    /** Resolves what {@link #evaluate} needs for {@code license} and {@code cycle} (the current one when null). */
    public static Rules rules(io.github.cetrack.catalog.ComplianceEngine engine,
            io.github.cetrack.catalog.internal.Resolver resolver, License license, RenewalCycle cycle) {
        RenewalCycle judged = cycle != null ? cycle : engine.currentCycle(license);
        RequirementSet set = resolve(resolver, license, judged);
        RenewalCycle previous = null;
        RequirementSet previousSet = null;
        LocalDate dayBefore = judged.start().minusDays(1);
        if (!dayBefore.isBefore(license.firstIssuedOn())) {
            var type = engine.catalog().licenseType(license.jurisdiction(), license.licenseType()).orElseThrow();
            previous = engine.catalog().cycleRule(type, dayBefore).rule().cycleContaining(license, dayBefore);
            previousSet = resolve(resolver, license, previous);
        }
        return new Rules(set, first(license, judged), previousSet, previous, previous != null && first(license, previous));
    }

    private static RequirementSet resolve(io.github.cetrack.catalog.internal.Resolver resolver, License license,
            RenewalCycle cycle) {
        return resolver.requirements(new io.github.cetrack.catalog.internal.Resolver.Key(license.jurisdiction().code(),
                license.licenseType(), cycle.start(), cycle.end(), first(license, cycle), license.roles())).requirements();
    }

    private static boolean first(License license, RenewalCycle cycle) {
        return !cycle.start().isAfter(license.firstIssuedOn());
    }

    /** Evaluates {@code activities} for {@code license} in {@code cycle} under {@code rules}. */
    public static Evaluation evaluate(License license, RenewalCycle cycle, List<CeActivity> activities, Rules rules,
            String catalogVersion) {
        long carried = 0;
        if (rules.previous() != null && rules.set().first(Requirement.CarryOver.class).isPresent()) {
            Run before = new Run(rules.previous(), activities, rules.previousSet(), rules.previousFirst(), 0);
            // Only a previous cycle with a stated total, and not exempt, has hours "beyond" it.
            boolean stated = rules.previousSet().first(Requirement.TotalHours.class).isPresent()
                    || rules.previousSet().first(Requirement.ProratedTotal.class).isPresent();
            carried = stated && !before.exempt ? Math.max(0, before.countedTotal - before.requiredTotal) : 0;
        }
        Run run = new Run(cycle, activities, rules.set(), rules.firstCycle(), carried);
        return run.toEvaluation(license, catalogVersion);
    }

    private static final class Run {
        final RenewalCycle cycle;
        final RequirementSet set;
        final boolean exempt;
        final long requiredTotal;
        long countedTotal;
        long carriedIn;
        long categoryCredit;
        long live;
        long approvedHours;
        final List<ActivityResult> activityResults = new ArrayList<>();
        final List<RequirementResult> results = new ArrayList<>();
        final List<CeActivity> activities;
        // Entries the engine counts once as the same course entered twice.
        final boolean[] copies;

        // Category code -> the topics the state file lists for it, once per run.
        private final Map<String, Set<String>> topicsOf = new HashMap<>();

        Run(RenewalCycle cycle, List<CeActivity> activities, RequirementSet set, boolean first, long carried) {
            this.cycle = cycle;
            this.set = set;
            for (Requirement r : set.requirements()) {
                if (r instanceof Requirement.CategoryMinimum m) {
                    topicsOf.merge(m.category(), m.topics(), Run::union);
                } else if (r instanceof Requirement.CategoryCap c) {
                    topicsOf.merge(c.category(), c.topics(), Run::union);
                } else if (r instanceof Requirement.OneTime o) {
                    topicsOf.merge(o.category(), o.topics(), Run::union);
                } else if (r instanceof Requirement.Periodic q) {
                    topicsOf.merge(q.category(), q.topics(), Run::union);
                }
            }
            this.activities = activities;
            this.copies = copies(activities);
            this.exempt = first && set.first(Requirement.FirstCycleExemption.class).isPresent();
            this.requiredTotal = exempt ? 0 : requiredTotal(set, cycle);
            count(carried);
        }

        private void count(long carried) {
            Requirement.AcceptedApprovals approvals = set.first(Requirement.AcceptedApprovals.class).orElse(null);
            boolean all = approvals != null && approvals.minimumShare().numerator() == approvals.minimumShare().denominator();
            LocalDate from = set.first(Requirement.ProratedTotal.class).map(Requirement.ProratedTotal::since)
                    .filter(s -> s != null && s.isAfter(cycle.start())).orElse(cycle.start());
            Requirement.CategoryCap categoryCap = set.first(Requirement.CategoryCap.class).orElse(null);
            boolean overlap = set.first(Requirement.CategoryOverlap.class).map(Requirement.CategoryOverlap::allowed).orElse(false);
            List<String> categories = new ArrayList<>();
            List<Long> minimums = new ArrayList<>();
            if (!exempt) {
                set.all(Requirement.CategoryMinimum.class).forEach(m -> {
                    int at = categories.indexOf(m.category());
                    if (at < 0) {
                        categories.add(m.category());
                        minimums.add(cents(m.hours()));
                    } else {
                        minimums.set(at, Math.max(minimums.get(at), cents(m.hours())));
                    }
                });
            }
            // Eligible activities and their cap group: 0..2 formats, 3 the category cap, -1 none.
            int n = activities.size();
            long[] hours = new long[n];
            int[] group = new int[n];
            int[] touches = new int[n];
            boolean[] eligible = new boolean[n];
            boolean[] approved = new boolean[n];
            long[] capOf = new long[4];
            boolean[] capped = new boolean[4];
            set.all(Requirement.FormatCap.class).forEach(c -> {
                capped[c.format().ordinal()] = true;
                capOf[c.format().ordinal()] = cents(limit(c.hours(), c.share(), requiredTotal));
            });
            if (categoryCap != null) {
                capped[3] = true;
                capOf[3] = cents(limit(categoryCap.hours(), categoryCap.share(), requiredTotal));
            }
            Reason[] reasons = new Reason[n];
            for (int i = 0; i < n; i++) {
                CeActivity a = activities.get(i);
                BigDecimal perUnit = perUnit(set, a.unit());
                approved[i] = approvals != null && !Collections.disjoint(a.approvals(), approvals.approvals());
                if (copies[i]) {
                    reasons[i] = Reason.DUPLICATE;
                } else if (perUnit == null) {
                    reasons[i] = Reason.UNIT_NOT_ACCEPTED;
                } else if (!cycle.contains(a.completedOn()) || a.completedOn().isBefore(from)) {
                    reasons[i] = Reason.OUTSIDE_CYCLE;
                } else if (all && !approved[i]) {
                    reasons[i] = Reason.PROVIDER_NOT_ACCEPTED;
                } else {
                    eligible[i] = true;
                    hours[i] = cents(a.hours().multiply(perUnit).setScale(2, RoundingMode.HALF_UP));
                    group[i] = capped[a.format().ordinal()] ? a.format().ordinal()
                            : categoryCap != null && serves(a, categoryCap.category()) ? 3 : -1;
                    for (int c = 0; c < categories.size(); c++) {
                        if (serves(a, categories.get(c))) {
                            touches[i] |= 1 << c;
                        }
                    }
                }
            }
            // Counted hours: everything uncapped, and each cap group up to its cap.
            long[] counted = new long[n];
            long[] room = capOf.clone();
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            boolean preferApproved = approvals != null && !all;
            java.util.Arrays.sort(order, (x, y) -> {
                int byUse = Integer.compare(Integer.bitCount(touches[y]), Integer.bitCount(touches[x]));
                if (byUse != 0) {
                    return byUse;
                }
                int byApproval = Boolean.compare(preferApproved && !approved[x], preferApproved && !approved[y]);
                return byApproval != 0 ? byApproval : Integer.compare(x, y);
            });
            for (int i : order) {
                if (!eligible[i]) {
                    continue;
                }
                if (group[i] < 0) {
                    counted[i] = hours[i];
                } else {
                    counted[i] = Math.min(hours[i], room[group[i]]);
                    room[group[i]] -= counted[i];
                }
            }
            for (int i = 0; i < n; i++) {
                countedTotal += counted[i];
                live += activities.get(i).format().isLive() ? counted[i] : 0;
                approvedHours += approved[i] ? counted[i] : 0;
            }
            boolean shared = false;
            for (int i = 0; i < n; i++) {
                shared |= eligible[i] && Integer.bitCount(touches[i]) > 1;
            }
            // Overlap only matters for a course that touches two minimums; otherwise the flow bound holds.
            if (overlap && shared) {
                for (int c = 0; c < categories.size(); c++) {
                    long in = 0;
                    for (int i = 0; i < n; i++) {
                        in += (touches[i] >> c & 1) == 1 ? counted[i] : 0;
                    }
                    categoryCredit += Math.min(minimums.get(c), in);
                }
            } else {
                categoryCredit = minCut(n, categories.size(), minimums, hours, group, touches, eligible, capped, capOf);
            }
            Requirement.CarryOver carry = set.first(Requirement.CarryOver.class).orElse(null);
            carriedIn = carry == null || exempt ? 0 : Math.min(carried, cents(carry.maxHours()));
            for (int i = 0; i < n; i++) {
                CeActivity a = activities.get(i);
                Reason reason = reasons[i] != null ? reasons[i] : counted[i] < hours[i] ? Reason.OVER_CAP : null;
                activityResults.add(new ActivityResult(a.id(), a.title(), a.completedOn(), hours(hours[i]),
                        hours(counted[i]), Map.of(), reason, ""));
            }
            if (exempt) {
                return;
            }
            long total = countedTotal + carriedIn;
            if (set.first(Requirement.TotalHours.class).isPresent() || set.first(Requirement.ProratedTotal.class).isPresent()) {
                results.add(result(RequirementKind.TOTAL_HOURS, null, requiredTotal, total));
            }
            long categoryRequired = 0;
            for (long m : minimums) {
                categoryRequired += m;
            }
            // Only the total category credit is unique across optimal assignments; it is reported on
            // a synthetic category_minimum row without a category, and each category's required hours on its own row.
            for (int c = 0; c < categories.size(); c++) {
                results.add(new RequirementResult(RequirementKind.CATEGORY_MINIMUM, categories.get(c), "", hours(minimums.get(c)),
                        null, null, null));
            }
            if (!categories.isEmpty()) {
                results.add(result(RequirementKind.CATEGORY_MINIMUM, null, categoryRequired, categoryCredit));
            }
            set.first(Requirement.LiveMinimum.class).ifPresent(m -> results.add(result(RequirementKind.LIVE_MINIMUM, null,
                    cents(m.hours()), live)));
            if (approvals != null && !all) {
                results.add(result(RequirementKind.ACCEPTED_APPROVALS, null, cents(approvals.minimumShare().of(hours(requiredTotal))),
                        approvedHours));
            }
            set.all(Requirement.OneTime.class).forEach(o -> results.add(result(RequirementKind.ONE_TIME, o.category(),
                    cents(o.hours()), sumOf(o.category(), LocalDate.MIN, false, approvals, all))));
            set.all(Requirement.Periodic.class).forEach(p -> results.add(result(RequirementKind.PERIODIC, p.category(),
                    cents(p.hours()), sumOf(p.category(), cycle.end().plusDays(1).minusYears(p.everyYears()), true,
                            approvals, all))));
        }

        private long sumOf(String category, LocalDate from, boolean approvedOnly, Requirement.AcceptedApprovals approvals,
                boolean all) {
            long sum = 0;
            for (int i = 0; i < activities.size(); i++) {
                CeActivity a = activities.get(i);
                BigDecimal perUnit = perUnit(set, a.unit());
                boolean ok = !copies[i] && perUnit != null && serves(a, category) && !a.completedOn().isBefore(from)
                        && !a.completedOn().isAfter(cycle.end())
                        && (!approvedOnly || approvals == null || !all
                                || !Collections.disjoint(a.approvals(), approvals.approvals()));
                sum += ok ? cents(a.hours().multiply(perUnit).setScale(2, RoundingMode.HALF_UP)) : 0;
            }
            return sum;
        }

        // The workload's duplicates are exact (no certificates, titles and providers from fixed lists):
        // the same title, provider, date, hours and unit; the entry with the smaller id counts.
        private static boolean[] copies(List<CeActivity> activities) {
            boolean[] out = new boolean[activities.size()];
            for (int i = 0; i < out.length; i++) {
                CeActivity a = activities.get(i);
                for (int j = 0; j < out.length && !out[i]; j++) {
                    CeActivity b = activities.get(j);
                    String ia = a.id() == null ? "" : a.id();
                    String ib = b.id() == null ? "" : b.id();
                    out[i] = j != i && a.title().equals(b.title()) && a.provider().equals(b.provider())
                            && a.completedOn().equals(b.completedOn()) && a.unit() == b.unit()
                            && a.hours().compareTo(b.hours()) == 0 && (ib.compareTo(ia) < 0 || ib.equals(ia) && j < i);
                }
            }
            return out;
        }

        // A board's category counts an activity whose topics meet the topics the state file lists for it.
        private boolean serves(CeActivity a, String category) {
            return !Collections.disjoint(a.topics(), topicsOf.getOrDefault(category, Set.of()));
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> out = new java.util.TreeSet<>(a);
            out.addAll(b);
            return out;
        }

        Evaluation toEvaluation(License license, String version) {
            boolean met = results.stream().allMatch(r -> r.remaining() == null || r.remaining().signum() == 0);
            Evaluation.Status status = exempt ? Evaluation.Status.EXEMPT
                    : met ? Evaluation.Status.COMPLIANT : Evaluation.Status.INCOMPLETE;
            return new Evaluation(license, cycle, status, results, activityResults, List.of(), version);
        }
    }


    private static long minCut(int n, int k, List<Long> minimums, long[] hours, int[] group, int[] touches,
            boolean[] eligible, boolean[] capped, long[] capOf) {
        long best = Long.MAX_VALUE;
        for (int d = 0; d < 1 << k; d++) {
            long cut = 0;
            for (int c = 0; c < k; c++) {
                cut += (d >> c & 1) == 0 ? minimums.get(c) : 0;
            }
            long[] reach = new long[4];
            for (int i = 0; i < n; i++) {
                if (eligible[i] && (touches[i] & d) != 0) {
                    if (group[i] < 0) {
                        cut += hours[i];
                    } else {
                        reach[group[i]] += hours[i];
                    }
                }
            }
            for (int g = 0; g < 4; g++) {
                cut += capped[g] ? Math.min(capOf[g], reach[g]) : 0;
            }
            best = Math.min(best, cut);
        }
        return best;
    }

    private static long requiredTotal(RequirementSet set, RenewalCycle cycle) {
        var prorated = set.first(Requirement.ProratedTotal.class);
        if (prorated.isPresent()) {
            Requirement.ProratedTotal p = prorated.get();
            LocalDate from = p.since() != null && p.since().isAfter(cycle.start()) ? p.since() : cycle.start();
            // Calendar months from the start month (whole or not) to the end: the same as whole months when
            // the start month counts, one less when it does not and the cycle starts after its first day.
            long calendar = (cycle.end().getYear() * 12L + cycle.end().getMonthValue())
                    - (from.getYear() * 12L + from.getMonthValue()) + 1;
            boolean lastWhole = cycle.end().plusDays(1).getDayOfMonth() == 1;
            long months = from.isAfter(cycle.end()) ? 0 : p.countsStartMonth() || from.getDayOfMonth() == 1
                    ? calendar - (lastWhole ? 0 : 1)
                    : Period.between(from, cycle.end().plusDays(1)).toTotalMonths();
            return Math.min(cents(p.hoursPerMonth()) * months, cents(p.maxHours()));
        }
        return set.first(Requirement.TotalHours.class).map(t -> cents(t.hours())).orElse(0L);
    }

    private static BigDecimal perUnit(RequirementSet set, HourUnit unit) {
        if (unit == HourUnit.CLOCK_HOUR) {
            return BigDecimal.ONE;
        }
        return set.all(Requirement.UnitEquivalence.class).filter(u -> u.unit() == unit)
                .map(Requirement.UnitEquivalence::hoursPerUnit).reduce((a, b) -> b).orElse(null);
    }

    private static BigDecimal limit(BigDecimal hours, Share share, long requiredTotal) {
        return hours != null ? hours : share.of(hours(requiredTotal));
    }

    private static RequirementResult result(RequirementKind kind, String category, long required, long counted) {
        long remaining = Math.max(0, required - counted);
        return new RequirementResult(kind, category, "", hours(required), hours(counted), hours(remaining), null);
    }

    static long cents(BigDecimal hours) {
        return hours.movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    static BigDecimal hours(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
