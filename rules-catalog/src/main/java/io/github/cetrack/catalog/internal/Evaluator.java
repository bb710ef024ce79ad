package io.github.cetrack.catalog.internal;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Citation;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.Evaluation.ActivityResult;
import io.github.cetrack.core.Evaluation.Finding;
import io.github.cetrack.core.Evaluation.FindingCode;
import io.github.cetrack.core.Evaluation.Reason;
import io.github.cetrack.core.Evaluation.RequirementResult;
import io.github.cetrack.core.Evaluation.Severity;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.License;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.Requirement;
import io.github.cetrack.core.RequirementSet;
import io.github.cetrack.core.internal.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts a cycle's activities against a resolved {@link RequirementSet}: plain Java, no Drools. Pure:
 * the same inputs give an equal {@link Evaluation}.
 */
public final class Evaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Evaluator() {}

    /**
     * Evaluates {@code activities} for {@code license} in {@code cycle}.
     *
     * @param firstCycle whether {@code cycle} is the one in which the licence was first issued
     * @param carried hours carried over from the previous cycle before applying this set's limit
     */
    public static Evaluation evaluate(License license, RenewalCycle cycle, List<CeActivity> activities,
            RequirementSet set, boolean firstCycle, BigDecimal carried, String catalogVersion) {
        return new Run(license, cycle, activities, set, firstCycle, carried, catalogVersion, false).evaluate();
    }

    /**
     * Returns the hours counted toward the total of {@code cycle} beyond what it required, for
     * carry-over into the next cycle; without building any text. Zero when the set states no total
     * or the cycle is exempt.
     */
    public static BigDecimal excess(License license, RenewalCycle cycle, List<CeActivity> activities,
            RequirementSet set, boolean firstCycle) {
        return excess(new Run(license, cycle, activities, set, firstCycle, BigDecimal.ZERO, "", true).evaluate());
    }

    /** Returns the hours counted toward the total beyond what the total required, for carry-over. */
    public static BigDecimal excess(Evaluation evaluation) {
        return evaluation.requirements().stream().filter(r -> r.kind().equals("total_hours")).findFirst()
                .map(r -> r.counted().subtract(r.required()).max(BigDecimal.ZERO)).orElse(BigDecimal.ZERO);
    }

    /** The requirements grouped by type in one pass, so lookups need no stream over the set. */
    private static final class Index {
        private final Map<Class<?>, List<Requirement>> byType = new java.util.HashMap<>();

        Index(RequirementSet set) {
            for (Requirement r : set.requirements()) {
                byType.computeIfAbsent(r.getClass(), k -> new ArrayList<>(2)).add(r);
            }
        }

        @SuppressWarnings("unchecked")
        <R extends Requirement> List<R> all(Class<R> type) {
            return (List<R>) byType.getOrDefault(type, List.of());
        }

        <R extends Requirement> Optional<R> first(Class<R> type) {
            List<R> found = all(type);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static final class Run {
        private final License license;
        private final RenewalCycle cycle;
        private final Index set;
        private final boolean exempt;
        private final BigDecimal carriedIn;
        private final String catalogVersion;
        private final List<CeActivity> sorted;
        private final List<String> ids;
        private final Map<HourUnit, BigDecimal> units = new EnumMap<>(HourUnit.class);
        private final Optional<Requirement.AcceptedApprovals> approvals;
        private final List<Finding> findings = new ArrayList<>();
        private final boolean quiet;

        Run(License license, RenewalCycle cycle, List<CeActivity> activities, RequirementSet set, boolean firstCycle,
                BigDecimal carried, String catalogVersion, boolean quiet) {
            this.quiet = quiet;
            this.license = license;
            this.cycle = cycle;
            this.set = new Index(set);
            this.exempt = firstCycle && this.set.first(Requirement.FirstCycleExemption.class).isPresent();
            this.carriedIn = carried;
            this.catalogVersion = catalogVersion;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < activities.size(); i++) {
                order.add(i);
            }
            order.sort((x, y) -> {
                CeActivity a = activities.get(x);
                CeActivity b = activities.get(y);
                int c = a.completedOn().compareTo(b.completedOn());
                if (c == 0) {
                    c = a.title().compareTo(b.title());
                }
                if (c == 0) {
                    c = (a.id() == null ? "" : a.id()).compareTo(b.id() == null ? "" : b.id());
                }
                return c != 0 ? c : Integer.compare(x, y);
            });
            this.sorted = order.stream().map(activities::get).toList();
            this.ids = order.stream().map(i -> activities.get(i).id() != null ? activities.get(i).id() : "#" + (i + 1))
                    .toList();
            units.put(HourUnit.CLOCK_HOUR, BigDecimal.ONE);
            this.set.all(Requirement.UnitEquivalence.class).forEach(u -> units.put(u.unit(), u.hoursPerUnit()));
            this.approvals = this.set.first(Requirement.AcceptedApprovals.class);
        }

        Evaluation evaluate() {
            BigDecimal requiredTotal = exempt ? BigDecimal.ZERO : requiredTotal();
            // Under a phase-in, only hours earned once the requirement applied count.
            LocalDate countsFrom = set.first(Requirement.ProratedTotal.class).map(Requirement.ProratedTotal::since)
                    .filter(since -> since != null && since.isAfter(cycle.start())).orElse(cycle.start());
            List<Allocator.Item> items = new ArrayList<>();
            List<Integer> itemOf = new ArrayList<>();
            Reason[] reasons = new Reason[sorted.size()];
            BigDecimal[] clock = new BigDecimal[sorted.size()];
            boolean[] isApproved = new boolean[sorted.size()];
            for (int a = 0; a < sorted.size(); a++) {
                CeActivity activity = sorted.get(a);
                clock[a] = clockHours(activity);
                isApproved[a] = approved(activity);
                if (clock[a] == null) {
                    reasons[a] = Reason.UNIT_NOT_ACCEPTED;
                } else if (!cycle.contains(activity.completedOn()) || activity.completedOn().isBefore(countsFrom)) {
                    reasons[a] = Reason.OUTSIDE_CYCLE;
                } else if (approvals.isPresent() && isAll(approvals.get()) && !isApproved[a]) {
                    reasons[a] = Reason.PROVIDER_NOT_ACCEPTED;
                } else {
                    itemOf.add(a);
                    items.add(new Allocator.Item(cents(clock[a]), activity.format(), activity.categories(),
                            isApproved[a]));
                }
            }
            Map<String, Long> minimums = new TreeMap<>();
            if (!exempt) {
                set.all(Requirement.CategoryMinimum.class)
                        .forEach(m -> minimums.merge(m.category(), cents(m.hours()), Math::max));
            }
            Map<DeliveryFormat, Long> formatCaps = Allocator.noFormatCaps();
            set.all(Requirement.FormatCap.class)
                    .forEach(c -> formatCaps.put(c.format(), cents(limit(c.hours(), c.share(), requiredTotal))));
            Optional<Requirement.CategoryCap> categoryCap = set.first(Requirement.CategoryCap.class);
            boolean overlap = set.first(Requirement.CategoryOverlap.class).map(Requirement.CategoryOverlap::allowed)
                    .orElse(false);
            Allocator.Plan plan = Allocator.allocate(items, new Allocator.Limits(minimums, formatCaps,
                    categoryCap.map(Requirement.CategoryCap::category).orElse(null),
                    categoryCap.map(c -> cents(limit(c.hours(), c.share(), requiredTotal))).orElse(0L), overlap,
                    approvals.isPresent() && !isAll(approvals.get())));

            List<ActivityResult> activityResults = new ArrayList<>();
            BigDecimal countedTotal = BigDecimal.ZERO;
            BigDecimal live = BigDecimal.ZERO;
            BigDecimal fromApproved = BigDecimal.ZERO;
            Map<String, BigDecimal> byCategory = new TreeMap<>();
            for (int a = 0, k = 0; a < sorted.size(); a++) {
                CeActivity activity = sorted.get(a);
                BigDecimal counted = BigDecimal.ZERO;
                Map<String, BigDecimal> credited = new TreeMap<>();
                Reason reason = reasons[a];
                if (k < itemOf.size() && itemOf.get(k) == a) {
                    counted = hours(plan.counted()[k]);
                    plan.credited().get(k).forEach((c, v) -> credited.put(c, hours(v)));
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
                String id = ids.get(a);
                BigDecimal shown = clock[a] != null ? clock[a] : activity.hours();
                activityResults.add(new ActivityResult(id, activity.title(), activity.completedOn(), shown, counted,
                        credited, reason, quiet ? "" : explain(activity, shown, counted, credited, reason)));
                if (!quiet) {
                    activityFindings(activity, id, shown, counted, reason);
                }
            }

            List<RequirementResult> results = new ArrayList<>();
            if (!exempt) {
                BigDecimal carried = BigDecimal.ZERO;
                Optional<Requirement.CarryOver> carry = set.first(Requirement.CarryOver.class);
                if (carry.isPresent() && carriedIn.signum() > 0) {
                    carried = carriedIn.min(carry.get().maxHours());
                    findings.add(new Finding(FindingCode.CARRIED_OVER, Severity.INFO, Words.hours(carried)
                            + " carried over from the previous cycle count toward the total", null,
                            carry.get().citation()));
                }
                totalResult(requiredTotal, countedTotal.add(carried)).ifPresent(results::add);
                set.all(Requirement.CategoryMinimum.class).forEach(m -> results.add(result("category_minimum",
                        m.category(), m.describe(), m.hours(), byCategory.getOrDefault(m.category(), BigDecimal.ZERO),
                        m.citation(), FindingCode.CATEGORY_SHORT, Words.category(m.category()))));
                BigDecimal liveHours = live;
                BigDecimal approvedHours = fromApproved;
                set.first(Requirement.LiveMinimum.class).ifPresent(m -> results.add(result("live_minimum", null,
                        m.describe(), m.hours(), liveHours, m.citation(), FindingCode.LIVE_SHORT, "live instruction")));
                approvals.filter(a -> !isAll(a)).ifPresent(a -> results.add(result("accepted_approvals", null,
                        a.describe(), a.minimumShare().of(requiredTotal), approvedHours, a.citation(),
                        FindingCode.APPROVED_SHORT, "CE from approved providers")));
                set.all(Requirement.OneTime.class).forEach(o -> results.add(result("one_time", o.category(),
                        o.describe(), o.hours(), hoursOf(o.category(), LocalDate.MIN, false), o.citation(),
                        FindingCode.ONE_TIME_SHORT, Words.category(o.category()))));
                set.all(Requirement.Periodic.class).forEach(p -> results.add(result("periodic", p.category(),
                        p.describe(), p.hours(), hoursOf(p.category(), cycle.end().plusDays(1).minusYears(p.everyYears()), true),
                        p.citation(), FindingCode.PERIODIC_SHORT, Words.category(p.category()))));
                set.all(Requirement.Note.class).forEach(n -> findings.add(new Finding(FindingCode.REMINDER,
                        Severity.INFO, n.text(), n.code(), n.citation())));
            } else {
                set.first(Requirement.FirstCycleExemption.class).ifPresent(e -> findings.add(new Finding(
                        FindingCode.EXEMPT_FIRST_CYCLE, Severity.INFO, "No CE hours are required for this cycle: it is"
                        + " the one in which the licence was first issued", null, e.citation())));
            }
            Evaluation.Status status = exempt ? Evaluation.Status.EXEMPT
                    : results.stream().allMatch(RequirementResult::isMet) ? Evaluation.Status.COMPLIANT
                    : Evaluation.Status.INCOMPLETE;
            // Stable: findings about activities stay in the activities' (chronological) order.
            findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::code));
            return new Evaluation(license, cycle, status, results, activityResults, findings, catalogVersion);
        }

        private Optional<RequirementResult> totalResult(BigDecimal required, BigDecimal counted) {
            Optional<Requirement.ProratedTotal> prorated = set.first(Requirement.ProratedTotal.class);
            if (prorated.isPresent()) {
                Requirement.ProratedTotal p = prorated.get();
                return Optional.of(result("total_hours", null, "at least " + Words.hours(required) + " in total ("
                        + p.describe() + ")", required, counted, p.citation(), FindingCode.TOTAL_SHORT, "CE"));
            }
            return set.first(Requirement.TotalHours.class).map(t -> result("total_hours", null, t.describe(),
                    t.hours(), counted, t.citation(), FindingCode.TOTAL_SHORT, "CE"));
        }

        private BigDecimal requiredTotal() {
            Optional<Requirement.ProratedTotal> prorated = set.first(Requirement.ProratedTotal.class);
            if (prorated.isPresent()) {
                Requirement.ProratedTotal p = prorated.get();
                LocalDate from = p.since() != null && p.since().isAfter(cycle.start()) ? p.since() : cycle.start();
                long months = from.isAfter(cycle.end()) ? 0 : Period.between(from, cycle.end().plusDays(1)).toTotalMonths();
                return p.hoursPerMonth().multiply(BigDecimal.valueOf(months)).min(p.maxHours());
            }
            return set.first(Requirement.TotalHours.class).map(Requirement.TotalHours::hours).orElse(BigDecimal.ZERO);
        }

        private RequirementResult result(String kind, String category, String description, BigDecimal required,
                BigDecimal counted, Citation citation, FindingCode code, String topic) {
            BigDecimal remaining = required.subtract(counted).max(BigDecimal.ZERO);
            BigDecimal countedShown = counted.min(required);
            if (remaining.signum() > 0 && !quiet) {
                String needed = Words.hours(remaining).replaceFirst(" hours?$", "");
                String noun = remaining.compareTo(BigDecimal.ONE) == 0 ? " more hour of " : " more hours of ";
                findings.add(new Finding(code, Severity.ERROR, needed + noun + topic + " needed by " + cycle.end()
                        + " (" + description + ")", category, citation));
            }
            return new RequirementResult(kind, category, description, scale(required),
                    scale(kind.equals("total_hours") ? counted : countedShown), scale(remaining), citation);
        }

        // Hours of a category completed from {@code from} to the cycle's end. One-time topics accept
        // any provider (boards accept graduate coursework for them); periodic ones only accepted providers.
        private BigDecimal hoursOf(String category, LocalDate from, boolean approvedOnly) {
            BigDecimal sum = BigDecimal.ZERO;
            for (CeActivity activity : sorted) {
                BigDecimal clock = clockHours(activity);
                if (clock != null && activity.categories().contains(category) && !activity.completedOn().isBefore(from)
                        && !activity.completedOn().isAfter(cycle.end())
                        && (!approvedOnly || approvals.isEmpty() || !isAll(approvals.get()) || approved(activity))) {
                    sum = sum.add(clock);
                }
            }
            return sum;
        }

        private void activityFindings(CeActivity activity, String id, BigDecimal shown, BigDecimal counted,
                Reason reason) {
            if (reason == Reason.OVER_CAP) {
                Citation citation = set.all(Requirement.FormatCap.class).stream().filter(c -> c.format() == activity.format())
                        .map(Requirement::citation).findFirst()
                        .orElseGet(() -> set.first(Requirement.CategoryCap.class).map(Requirement::citation).orElse(null));
                findings.add(new Finding(FindingCode.OVER_CAP, Severity.WARNING, "\"" + activity.title() + "\": "
                        + Words.hours(shown.subtract(counted)) + " over the board's limit did not count", id, citation));
            } else if (reason == Reason.PROVIDER_NOT_ACCEPTED) {
                findings.add(new Finding(FindingCode.PROVIDER_NOT_ACCEPTED, Severity.WARNING, "\"" + activity.title()
                        + "\" did not count: the board accepts only " + approvals.get().describe().replace("only hours from ", ""),
                        id, approvals.get().citation()));
            } else if (reason == Reason.UNIT_NOT_ACCEPTED) {
                findings.add(new Finding(FindingCode.UNIT_NOT_ACCEPTED, Severity.WARNING, "\"" + activity.title()
                        + "\" did not count: the board's rules give no equivalence for " + Words.unit(activity.unit())
                        + "s; record it in clock hours", id, null));
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
            return set.first(Requirement.ProratedTotal.class).filter(p -> p.since() != null && p.since().isAfter(cycle.start()))
                    .map(p -> " or before the requirement began on " + p.since()).orElse("");
        }

        private String explain(CeActivity activity, BigDecimal shown, BigDecimal counted, Map<String, BigDecimal> credited,
                Reason reason) {
            if (reason == Reason.UNIT_NOT_ACCEPTED) {
                return "not counted: no equivalence for " + Words.unit(activity.unit()) + "s";
            }
            if (reason == Reason.OUTSIDE_CYCLE) {
                return "not counted: completed outside this cycle" + phaseIn();
            }
            if (reason == Reason.PROVIDER_NOT_ACCEPTED) {
                return "not counted: provider approval not accepted";
            }
            StringBuilder out = new StringBuilder();
            out.append(Words.hours(counted)).append(" counted");
            if (!credited.isEmpty()) {
                List<String> parts = new ArrayList<>();
                credited.forEach((c, v) -> parts.add(Words.hours(v) + " toward " + Words.category(c)));
                out.append(" (").append(String.join(", ", parts)).append(')');
            }
            if (reason == Reason.OVER_CAP) {
                out.append("; ").append(Words.hours(shown.subtract(counted))).append(" over a cap");
            }
            return out.toString();
        }

        private BigDecimal clockHours(CeActivity activity) {
            BigDecimal perUnit = units.get(activity.unit());
            return perUnit == null ? null : scale(activity.hours().multiply(perUnit));
        }

        private boolean approved(CeActivity activity) {
            return approvals.isPresent() && !Collections.disjoint(activity.approvals(), approvals.get().approvals());
        }
    }

    private static boolean isAll(Requirement.AcceptedApprovals approvals) {
        return approvals.minimumShare().numerator() == approvals.minimumShare().denominator();
    }

    private static BigDecimal limit(BigDecimal hours, io.github.cetrack.core.Share share, BigDecimal requiredTotal) {
        return hours != null ? hours : share.of(requiredTotal);
    }

    static long cents(BigDecimal hours) {
        return hours.multiply(HUNDRED).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    static BigDecimal hours(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static BigDecimal scale(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
